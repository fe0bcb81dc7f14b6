namespace DigitalPost.GraphQL.Types;

/// <summary>An object type: the concrete output type whose fields are resolved.</summary>
public sealed class ObjectType : FieldContainerType
{
    /// <summary>Creates an object type (normally done by <see cref="SchemaBuilder"/>).</summary>
    public ObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>
    /// An optional check whether a runtime value belongs to this type; used to resolve abstract
    /// types and, when set, to verify values returned for fields of this type.
    /// </summary>
    public Func<object, bool>? IsTypeOf { get; internal set; }

    /// <summary>The CLR types bound to this object type (<see cref="SchemaBuilder.BindRuntimeType{T}(string)"/>).</summary>
    public IReadOnlyList<Type> RuntimeTypes { get; internal set; } = [];
}
