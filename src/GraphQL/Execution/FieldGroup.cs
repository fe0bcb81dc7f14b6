using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Execution;

/// <summary>The field selections merged under one response key (spec CollectFields), with the field they select.</summary>
internal sealed class FieldGroup(string responseKey, FieldDefinition? field, bool isTypeName)
{
    private IReadOnlyDictionary<string, object?>? _staticArguments;

    public string ResponseKey { get; } = responseKey;

    public List<FieldNode> Nodes { get; } = [];

    /// <summary>The field, or <c>null</c> for <c>__typename</c>.</summary>
    public FieldDefinition? Field { get; } = field;

    public bool IsTypeName { get; } = isTypeName;

    /// <summary>Whether the arguments use no variables, so their coerced values can be reused.</summary>
    public bool ArgumentsAreStatic { get; set; }

    /// <summary>Coerced arguments cached for static arguments (a benign race may compute them twice).</summary>
    public IReadOnlyDictionary<string, object?>? StaticArguments
    {
        get => Volatile.Read(ref _staticArguments);
        set => Volatile.Write(ref _staticArguments, value);
    }
}
