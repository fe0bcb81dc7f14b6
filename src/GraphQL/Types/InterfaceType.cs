namespace DigitalPost.GraphQL.Types;

/// <summary>An interface type: an abstract type with fields that object (and interface) types implement.</summary>
public sealed class InterfaceType : FieldContainerType
{
    /// <summary>Creates an interface type (normally done by <see cref="SchemaBuilder"/>).</summary>
    public InterfaceType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>The hook that names the object type of a runtime value, or <c>null</c> for the default resolution.</summary>
    public TypeResolver? ResolveType { get; internal set; }
}
