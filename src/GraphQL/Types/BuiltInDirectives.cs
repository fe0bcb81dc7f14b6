using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types;

/// <summary>The directives defined by the specification, with graphql-js's descriptions.</summary>
public static class BuiltInDirectives
{
    /// <summary>The default reason of <c>@deprecated</c>.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary>Creates <c>@include</c>, <c>@skip</c>, <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c> over the schema's Boolean and String scalars.</summary>
    public static IReadOnlyList<DirectiveDefinition> Create(ScalarType booleanType, ScalarType stringType)
    {
        DirectiveLocation[] conditional = [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment];
        var include = new DirectiveDefinition("include", conditional, "Directs the executor to include this field or fragment only when the `if` argument is true.")
        {
            Arguments = [new InputValueDefinition("if", new NonNullType(booleanType), "Included when true.")],
        };
        var skip = new DirectiveDefinition("skip", conditional, "Directs the executor to skip this field or fragment when the `if` argument is true.")
        {
            Arguments = [new InputValueDefinition("if", new NonNullType(booleanType), "Skipped when true.")],
        };
        DirectiveLocation[] deprecatedLocations =
            [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition];
        var deprecated = new DirectiveDefinition("deprecated", deprecatedLocations, "Marks an element of a GraphQL schema as no longer supported.")
        {
            Arguments =
            [
                new InputValueDefinition("reason", stringType, "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).")
                {
                    HasDefaultValue = true,
                    DefaultValue = DefaultDeprecationReason,
                    DefaultValueLiteral = new StringValueNode { Value = DefaultDeprecationReason },
                },
            ],
        };
        var specifiedBy = new DirectiveDefinition("specifiedBy", [DirectiveLocation.Scalar], "Exposes a URL that specifies the behavior of this scalar.")
        {
            Arguments = [new InputValueDefinition("url", new NonNullType(stringType), "The URL that specifies the behavior of this scalar.")],
        };
        var oneOf = new DirectiveDefinition("oneOf", [DirectiveLocation.InputObject], "Indicates exactly one field must be supplied and this field must not be `null`.");
        return [include, skip, deprecated, specifiedBy, oneOf];
    }
}
