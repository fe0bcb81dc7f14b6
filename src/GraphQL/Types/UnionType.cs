namespace DigitalPost.GraphQL.Types;

/// <summary>A union type: an abstract type whose value is one of its member object types.</summary>
public sealed class UnionType : NamedType
{
    /// <summary>Creates a union type (normally done by <see cref="SchemaBuilder"/>).</summary>
    public UnionType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types in definition order.</summary>
    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    /// <summary>The hook that names the object type of a runtime value, or <c>null</c> for the default resolution.</summary>
    public TypeResolver? ResolveType { get; internal set; }
}
