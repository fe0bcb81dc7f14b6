namespace DigitalPost.GraphQL.Types;

/// <summary>The kind of a type (the introspection enum <c>__TypeKind</c>).</summary>
public enum TypeKind
{
    /// <summary>A scalar (leaf) type.</summary>
    Scalar,

    /// <summary>An object type.</summary>
    Object,

    /// <summary>An interface type.</summary>
    Interface,

    /// <summary>A union type.</summary>
    Union,

    /// <summary>An enum (leaf) type.</summary>
    Enum,

    /// <summary>An input object type.</summary>
    InputObject,

    /// <summary>A list wrapper.</summary>
    List,

    /// <summary>A non-null wrapper.</summary>
    NonNull,
}
