using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types;

/// <summary>A value of an <see cref="EnumType"/>.</summary>
public sealed class EnumValueDefinition
{
    /// <summary>Creates an enum value.</summary>
    public EnumValueDefinition(string name, object value, string? description = null, string? deprecationReason = null)
    {
        Name = name;
        Value = value;
        Description = description;
        DeprecationReason = deprecationReason;
    }

    /// <summary>The value's name as written in GraphQL.</summary>
    public string Name { get; }

    /// <summary>The runtime value (the name, or a bound CLR value).</summary>
    public object Value { get; internal set; }

    /// <summary>The description, or <c>null</c>.</summary>
    public string? Description { get; }

    /// <summary>The <c>@deprecated</c> reason, or <c>null</c> when not deprecated.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether the value is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The directives applied in SDL.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The SDL definition, or <c>null</c>.</summary>
    public EnumValueDefinitionNode? Definition { get; init; }
}
