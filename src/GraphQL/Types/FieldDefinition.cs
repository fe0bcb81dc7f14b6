using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types;

/// <summary>A field of an object or interface type, with its resolver.</summary>
public sealed class FieldDefinition
{
    private Dictionary<string, InputValueDefinition>? _argumentsByName;
    private IReadOnlyList<InputValueDefinition> _arguments = [];

    /// <summary>Creates a field.</summary>
    public FieldDefinition(string name, GraphQLType type, string? description = null)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>The output type.</summary>
    public GraphQLType Type { get; internal set; }

    /// <summary>The description, or <c>null</c>.</summary>
    public string? Description { get; }

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments
    {
        get => _arguments;
        internal set
        {
            _arguments = value;
            _argumentsByName = null;
            if (value.Count > 0)
            {
                _argumentsByName = new Dictionary<string, InputValueDefinition>(StringComparer.Ordinal);
                foreach (var argument in value)
                {
                    _argumentsByName.TryAdd(argument.Name, argument);
                }
            }
        }
    }

    /// <summary>The <c>@deprecated</c> reason, or <c>null</c> when not deprecated.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>Whether the field is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The directives applied in SDL.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; internal set; } = [];

    /// <summary>The SDL definition, or <c>null</c>.</summary>
    public FieldDefinitionNode? Definition { get; internal set; }

    /// <summary>The type that declares the field.</summary>
    public FieldContainerType DeclaringType { get; internal set; } = null!;

    /// <summary>The bound resolver; <c>null</c> means the default (property/dictionary) resolution.</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>For a subscription root field: the source event stream resolver.</summary>
    public SubscriptionResolver? Subscriber { get; internal set; }

    /// <summary>The argument called <paramref name="name"/>, or <c>null</c>.</summary>
    public InputValueDefinition? GetArgument(string name) =>
        _argumentsByName is null ? null : _argumentsByName.GetValueOrDefault(name);

    /// <inheritdoc/>
    public override string ToString() => DeclaringType is null ? Name : DeclaringType.Name + "." + Name;
}
