using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types;

/// <summary>A named type: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    private protected NamedType(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
    }

    /// <summary>The type's name.</summary>
    public string Name { get; }

    /// <summary>The description, or <c>null</c>.</summary>
    public string? Description { get; internal set; }

    /// <summary>The directives applied to the type in SDL (definition and extensions, in order).</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; internal set; } = [];

    /// <summary>The SDL definition the type was built from, or <c>null</c> for a built-in type.</summary>
    public TypeDefinitionNode? Definition { get; internal set; }

    /// <summary>The SDL extensions applied to the type, in order.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionDefinitions { get; internal set; } = [];

    /// <summary>Whether this is one of the introspection types (<c>__Schema</c>, <c>__Type</c>, ...).</summary>
    public bool IsIntrospectionType => Name.StartsWith("__", StringComparison.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
