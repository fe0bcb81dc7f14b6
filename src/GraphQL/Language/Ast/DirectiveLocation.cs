namespace DigitalPost.GraphQL.Language;

/// <summary>A place where a directive may be used (the specification's <c>DirectiveLocation</c>).</summary>
public enum DirectiveLocation
{
    /// <summary><c>QUERY</c></summary>
    Query,

    /// <summary><c>MUTATION</c></summary>
    Mutation,

    /// <summary><c>SUBSCRIPTION</c></summary>
    Subscription,

    /// <summary><c>FIELD</c></summary>
    Field,

    /// <summary><c>FRAGMENT_DEFINITION</c></summary>
    FragmentDefinition,

    /// <summary><c>FRAGMENT_SPREAD</c></summary>
    FragmentSpread,

    /// <summary><c>INLINE_FRAGMENT</c></summary>
    InlineFragment,

    /// <summary><c>VARIABLE_DEFINITION</c></summary>
    VariableDefinition,

    /// <summary><c>SCHEMA</c></summary>
    Schema,

    /// <summary><c>SCALAR</c></summary>
    Scalar,

    /// <summary><c>OBJECT</c></summary>
    Object,

    /// <summary><c>FIELD_DEFINITION</c></summary>
    FieldDefinition,

    /// <summary><c>ARGUMENT_DEFINITION</c></summary>
    ArgumentDefinition,

    /// <summary><c>INTERFACE</c></summary>
    Interface,

    /// <summary><c>UNION</c></summary>
    Union,

    /// <summary><c>ENUM</c></summary>
    Enum,

    /// <summary><c>ENUM_VALUE</c></summary>
    EnumValue,

    /// <summary><c>INPUT_OBJECT</c></summary>
    InputObject,

    /// <summary><c>INPUT_FIELD_DEFINITION</c></summary>
    InputFieldDefinition,

    /// <summary>
    /// <c>DIRECTIVE_DEFINITION</c> (working draft; graphql-js 16 accepts it as a location name and lists
    /// it for <c>@deprecated</c>, though no document syntax applies directives to directive definitions yet).
    /// </summary>
    DirectiveDefinition,
}
