using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Validation;

/// <summary>Type helpers of the validation rules: type references, sub-typing and overlap as the specification defines them.</summary>
public static class TypeAst
{
    /// <summary>The schema type a type reference names, or <c>null</c> when its named type is unknown.</summary>
    public static GraphQLType? FromAst(Schema schema, TypeNode node)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return node switch
        {
            NamedTypeNode named => schema.GetType(named.Name.Value),
            ListTypeNode list => FromAst(schema, list.Type) is { } inner ? new ListType(inner) : null,
            NonNullTypeNode nonNull => FromAst(schema, nonNull.Type) is { } inner && inner is not NonNullType ? new NonNullType(inner) : null,
            _ => null,
        };
    }

    /// <summary>The field <paramref name="name"/> of <paramref name="parentType"/>, including the meta-fields <c>__typename</c>, <c>__schema</c> and <c>__type</c>.</summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, NamedType parentType, string name)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (name is "__schema" or "__type" && ReferenceEquals(parentType, schema.QueryType))
        {
            return name == "__schema" ? schema.SchemaMetaField : schema.TypeMetaField;
        }

        if (name == "__typename" && parentType is FieldContainerType or UnionType)
        {
            return schema.TypeNameMetaField;
        }

        return (parentType as FieldContainerType)?.GetField(name);
    }

    /// <summary>Whether a value of <paramref name="maybeSubType"/> can be used where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (Equal(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is InterfaceType or UnionType && maybeSubType is FieldContainerType sub && schema.IsSubType((NamedType)superType, sub);
    }

    /// <summary>Whether two composite types can have an object type in common.</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType typeA, NamedType typeB)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA.IsAbstractType)
        {
            if (typeB.IsAbstractType)
            {
                foreach (var possible in schema.GetPossibleTypes(typeA))
                {
                    if (schema.IsSubType(typeB, possible))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(typeA, typeB);
        }

        return typeB.IsAbstractType && schema.IsSubType(typeB, typeA);
    }

    /// <summary>Structural equality of type references (wrappers are created per use).</summary>
    public static bool Equal(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => Equal(x.OfType, y.OfType),
        (ListType x, ListType y) => Equal(x.OfType, y.OfType),
        (NamedType x, NamedType y) => ReferenceEquals(x, y),
        _ => false,
    };
}
