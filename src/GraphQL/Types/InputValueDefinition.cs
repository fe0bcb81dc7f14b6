using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types;

/// <summary>An argument (of a field or directive) or an input object field.</summary>
public sealed class InputValueDefinition
{
    /// <summary>Creates an input value.</summary>
    public InputValueDefinition(string name, GraphQLType type, string? description = null)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; internal set; }

    /// <summary>The description, or <c>null</c>.</summary>
    public string? Description { get; }

    /// <summary>Whether a default value is defined (a default of <c>null</c> counts).</summary>
    public bool HasDefaultValue { get; internal set; }

    /// <summary>The coerced default value (meaningful when <see cref="HasDefaultValue"/>).</summary>
    public object? DefaultValue { get; internal set; }

    /// <summary>The default value literal as written in SDL, or <c>null</c>.</summary>
    public ValueNode? DefaultValueLiteral { get; internal set; }

    /// <summary>The <c>@deprecated</c> reason, or <c>null</c> when not deprecated.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>Whether the value is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Whether the value must be given: non-null type and no default.</summary>
    public bool IsRequired => Type.IsNonNull && !HasDefaultValue;

    /// <summary>The directives applied in SDL.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; internal set; } = [];

    /// <summary>The SDL definition, or <c>null</c>.</summary>
    public InputValueDefinitionNode? Definition { get; internal set; }
}
