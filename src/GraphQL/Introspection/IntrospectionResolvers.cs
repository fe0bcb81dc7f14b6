using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQL.Utilities;

namespace DigitalPost.GraphQL.Introspection;

/// <summary>Resolvers of the introspection types over the schema model (<see cref="Schema"/>, <see cref="GraphQLType"/>, ...).</summary>
internal static class IntrospectionResolvers
{
    private static readonly Dictionary<(string, string), FieldResolver> Resolvers = new()
    {
        [("__Schema", "description")] = Sync(c => ((Schema)c.Parent!).Description),
        [("__Schema", "types")] = Sync(c => ((Schema)c.Parent!).Types),
        [("__Schema", "queryType")] = Sync(c => ((Schema)c.Parent!).QueryType),
        [("__Schema", "mutationType")] = Sync(c => ((Schema)c.Parent!).MutationType),
        [("__Schema", "subscriptionType")] = Sync(c => ((Schema)c.Parent!).SubscriptionType),
        [("__Schema", "directives")] = Sync(c => ((Schema)c.Parent!).Directives),

        [("__Type", "kind")] = Sync(c => KindName(((GraphQLType)c.Parent!).Kind)),
        [("__Type", "name")] = Sync(c => (c.Parent as NamedType)?.Name),
        [("__Type", "description")] = Sync(c => (c.Parent as NamedType)?.Description),
        [("__Type", "specifiedByURL")] = Sync(c => (c.Parent as ScalarType)?.SpecifiedByUrl),
        [("__Type", "fields")] = Sync(c => c.Parent is FieldContainerType t
            ? Filter(t.Fields, c.Argument<bool>("includeDeprecated"), f => f.IsDeprecated)
            : null),
        [("__Type", "interfaces")] = Sync(c => (c.Parent as FieldContainerType)?.Interfaces),
        [("__Type", "possibleTypes")] = Sync(c => c.Parent is InterfaceType or UnionType ? c.Schema.GetPossibleTypes((NamedType)c.Parent) : null),
        [("__Type", "enumValues")] = Sync(c => c.Parent is EnumType t
            ? Filter(t.Values, c.Argument<bool>("includeDeprecated"), v => v.IsDeprecated)
            : null),
        [("__Type", "inputFields")] = Sync(c => c.Parent is InputObjectType t
            ? Filter(t.Fields, c.Argument<bool>("includeDeprecated"), f => f.IsDeprecated)
            : null),
        [("__Type", "ofType")] = Sync(c => c.Parent switch
        {
            ListType l => l.OfType,
            NonNullType n => n.OfType,
            _ => null,
        }),
        [("__Type", "isOneOf")] = Sync(c => c.Parent is InputObjectType t ? t.IsOneOf : null),

        [("__Field", "name")] = Sync(c => ((FieldDefinition)c.Parent!).Name),
        [("__Field", "description")] = Sync(c => ((FieldDefinition)c.Parent!).Description),
        [("__Field", "args")] = Sync(c => Filter(((FieldDefinition)c.Parent!).Arguments, c.Argument<bool>("includeDeprecated"), a => a.IsDeprecated)),
        [("__Field", "type")] = Sync(c => ((FieldDefinition)c.Parent!).Type),
        [("__Field", "isDeprecated")] = Sync(c => ((FieldDefinition)c.Parent!).IsDeprecated),
        [("__Field", "deprecationReason")] = Sync(c => ((FieldDefinition)c.Parent!).DeprecationReason),

        [("__InputValue", "name")] = Sync(c => ((InputValueDefinition)c.Parent!).Name),
        [("__InputValue", "description")] = Sync(c => ((InputValueDefinition)c.Parent!).Description),
        [("__InputValue", "type")] = Sync(c => ((InputValueDefinition)c.Parent!).Type),
        [("__InputValue", "defaultValue")] = Sync(c => DefaultValue((InputValueDefinition)c.Parent!)),
        [("__InputValue", "isDeprecated")] = Sync(c => ((InputValueDefinition)c.Parent!).IsDeprecated),
        [("__InputValue", "deprecationReason")] = Sync(c => ((InputValueDefinition)c.Parent!).DeprecationReason),

        [("__EnumValue", "name")] = Sync(c => ((EnumValueDefinition)c.Parent!).Name),
        [("__EnumValue", "description")] = Sync(c => ((EnumValueDefinition)c.Parent!).Description),
        [("__EnumValue", "isDeprecated")] = Sync(c => ((EnumValueDefinition)c.Parent!).IsDeprecated),
        [("__EnumValue", "deprecationReason")] = Sync(c => ((EnumValueDefinition)c.Parent!).DeprecationReason),

        [("__Directive", "name")] = Sync(c => ((DirectiveDefinition)c.Parent!).Name),
        [("__Directive", "description")] = Sync(c => ((DirectiveDefinition)c.Parent!).Description),
        [("__Directive", "isRepeatable")] = Sync(c => ((DirectiveDefinition)c.Parent!).IsRepeatable),
        [("__Directive", "locations")] = Sync(c => ((DirectiveDefinition)c.Parent!).LocationNames),
        [("__Directive", "args")] = Sync(c => Filter(((DirectiveDefinition)c.Parent!).Arguments, c.Argument<bool>("includeDeprecated"), a => a.IsDeprecated)),
        [("__Directive", "isDeprecated")] = Sync(_ => false),
        [("__Directive", "deprecationReason")] = Sync(_ => null),
    };

    public static FieldResolver? Get(string typeName, string fieldName) => Resolvers.GetValueOrDefault((typeName, fieldName));

    /// <summary>The default value printed as graphql-js does: <c>print(astFromValue(defaultValue, type))</c>.</summary>
    public static string? DefaultValue(InputValueDefinition value)
    {
        if (!value.HasDefaultValue)
        {
            return null;
        }

        var literal = ValueLiterals.FromValue(value.DefaultValue, value.Type);
        return literal is null ? null : Printer.Print(literal);
    }

    private static FieldResolver Sync(Func<ResolverContext, object?> resolve) => context => new ValueTask<object?>(resolve(context));

    private static IReadOnlyList<T> Filter<T>(IReadOnlyList<T> items, bool includeDeprecated, Func<T, bool> isDeprecated)
    {
        if (includeDeprecated)
        {
            return items;
        }

        foreach (var item in items)
        {
            if (isDeprecated(item))
            {
                return items.Where(i => !isDeprecated(i)).ToArray();
            }
        }

        return items;
    }

    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "SCALAR",
        TypeKind.Object => "OBJECT",
        TypeKind.Interface => "INTERFACE",
        TypeKind.Union => "UNION",
        TypeKind.Enum => "ENUM",
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.List => "LIST",
        _ => "NON_NULL",
    };
}
