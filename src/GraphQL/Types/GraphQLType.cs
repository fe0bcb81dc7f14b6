namespace DigitalPost.GraphQL.Types;

/// <summary>
/// A type of the schema: a <see cref="NamedType"/> or a wrapper (<see cref="ListType"/>,
/// <see cref="NonNullType"/>). Types are immutable once the schema is built.
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    /// <summary>The kind of the type.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The named type at the core of any wrappers.</summary>
    public NamedType NamedType => this switch
    {
        NamedType named => named,
        ListType list => list.OfType.NamedType,
        _ => ((NonNullType)this).OfType.NamedType,
    };

    /// <summary>The type without a top-level non-null wrapper.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>Whether this is a non-null wrapper.</summary>
    public bool IsNonNull => Kind == TypeKind.NonNull;

    /// <summary>Whether the type may be used for arguments, variables and input fields.</summary>
    public bool IsInputType => NamedType.Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Whether the type may be used for fields.</summary>
    public bool IsOutputType => NamedType.Kind is not TypeKind.InputObject;

    /// <summary>Whether this (unwrapped) type is a scalar or an enum.</summary>
    public bool IsLeafType => Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>Whether this (unwrapped) type is an interface or a union.</summary>
    public bool IsAbstractType => Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>The type reference as written in GraphQL, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}
