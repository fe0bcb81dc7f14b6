using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Tests.Types;

/// <summary>Spec 3 type validation and the builder's own checks: each rule refuses a bad schema with a clear message.</summary>
public sealed class SchemaBuildingErrorTests
{
    private static SchemaValidationException Fails(string sdl, Action<SchemaBuilder>? bind = null, SchemaBuilderOptions? options = null)
    {
        var builder = new SchemaBuilder(options).AddTypeDefinitions(sdl);
        bind?.Invoke(builder);
        return Assert.Throws<SchemaValidationException>(() => builder.Build());
    }

    private static void AssertError(string expected, string sdl, Action<SchemaBuilder>? bind = null, SchemaBuilderOptions? options = null)
    {
        var exception = Fails(sdl, bind, options);
        Assert.Contains(exception.Errors, e => e.Message == expected);
    }

    private static Action<SchemaBuilder> RootResolvers(params string[] fields) => builder =>
    {
        foreach (var field in fields)
        {
            builder.BindResolver("Query", field, _ => null);
        }
    };

    [Fact]
    public void Query_root_type_must_be_provided() =>
        AssertError("Query root type must be provided.", "type Foo { a: Int }");

    [Fact]
    public void Root_types_must_be_object_types() =>
        AssertError("Query root type must be Object type, it cannot be Q.", "schema { query: Q } input Q { a: Int }");

    [Fact]
    public void Mutation_root_must_be_an_object_type() =>
        AssertError("Mutation root type must be Object type if provided, it cannot be M.", "schema { query: Query mutation: M } type Query { a: Int } enum M { A }", RootResolvers("a"));

    [Fact]
    public void Names_starting_with_two_underscores_are_reserved() =>
        AssertError("Name \"__Foo\" must not begin with \"__\", which is reserved by GraphQL introspection.", "type Query { a: __Foo } type __Foo { b: Int }", RootResolvers("a"));

    [Fact]
    public void Reserved_field_and_argument_names_are_refused()
    {
        var exception = Fails("type Query { __a: Int b(__x: Int): Int }", RootResolvers("__a", "b"));
        Assert.Contains(exception.Errors, e => e.Message == "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        Assert.Contains(exception.Errors, e => e.Message == "Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection.");
    }

    [Fact]
    public void Object_types_need_fields() =>
        AssertError("Type Empty must define one or more fields.", "type Query { a: Empty } type Empty", RootResolvers("a"));

    [Fact]
    public void Field_types_must_be_output_types() =>
        AssertError("The type of Query.a must be Output Type but got: In.", "type Query { a: In } input In { x: Int }", RootResolvers("a"));

    [Fact]
    public void Argument_types_must_be_input_types() =>
        AssertError("The type of Query.a(x:) must be Input Type but got: Query.", "type Query { a(x: Query): Int }", RootResolvers("a"));

    [Fact]
    public void Required_arguments_cannot_be_deprecated() =>
        AssertError("Required argument Query.a(x:) cannot be deprecated.", "type Query { a(x: Int! @deprecated): Int }", RootResolvers("a"));

    [Fact]
    public void Unknown_types_are_named() =>
        AssertError("Unknown type \"Missing\".", "type Query { a: Missing }", RootResolvers("a"));

    [Fact]
    public void Duplicate_types_and_fields_are_refused()
    {
        AssertError("There can be only one type named \"Query\".", "type Query { a: Int } type Query { b: Int }", RootResolvers("a"));
        AssertError("Field \"Query.a\" can only be defined once.", "type Query { a: Int a: String }", RootResolvers("a"));
    }

    [Fact]
    public void Objects_must_provide_every_interface_field_with_a_compatible_type()
    {
        const string sdl = """
            interface Named { name: String! id(full: Boolean): ID }
            type Thing implements Named { name: String id(full: Int): ID }
            type Other implements Named { id(full: Boolean): ID }
            type Query { a: Named }
            """;
        var exception = Fails(sdl, RootResolvers("a"));
        Assert.Contains(exception.Errors, e => e.Message == "Interface field Named.name expects type String! but Thing.name is type String.");
        Assert.Contains(exception.Errors, e => e.Message == "Interface field argument Named.id(full:) expects type Boolean but Thing.id(full:) is type Int.");
        Assert.Contains(exception.Errors, e => e.Message == "Interface field Named.name expected but Other does not provide it.");
    }

    [Fact]
    public void Covariant_field_types_are_accepted()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("interface Node { self: Node list: [Node] } type Item implements Node { self: Item! list: [Item!]! } type Query { a: Node }")
            .BindResolver("Query", "a", _ => null)
            .Build();
        Assert.NotNull(schema.GetType("Item"));
    }

    [Fact]
    public void Extra_arguments_on_an_implementation_must_be_optional() =>
        AssertError("Argument Thing.f(x:) must not be required type Int! if not provided by the Interface field I.f.",
            "interface I { f: Int } type Thing implements I { f(x: Int!): Int } type Query { a: I }", RootResolvers("a"));

    [Fact]
    public void Transitive_interfaces_must_be_declared() =>
        AssertError("Type Thing must implement Node because it is implemented by Resource.",
            "interface Node { id: ID } interface Resource implements Node { id: ID } type Thing implements Resource { id: ID } type Query { a: Thing }", RootResolvers("a"));

    [Fact]
    public void Interfaces_cannot_implement_themselves() =>
        AssertError("Type I cannot implement itself because it would create a circular reference.",
            "interface I implements I { id: ID } type Query { a: I }", RootResolvers("a"));

    [Fact]
    public void Only_interfaces_can_be_implemented_and_only_once()
    {
        AssertError("Type Thing must only implement Interface types, it cannot implement Query.", "type Thing implements Query { a: Int } type Query { a: Thing }", RootResolvers("a"));
        AssertError("Type Thing can only implement I once.", "interface I { a: Int } type Thing implements I & I { a: Int } type Query { a: Thing }", RootResolvers("a"));
    }

    [Fact]
    public void Unions_need_distinct_object_members()
    {
        AssertError("Union type U can only include Object types, it cannot include I.", "interface I { a: Int } type A { a: Int } union U = A | I type Query { u: U }", RootResolvers("u"));
        AssertError("Union type U can only include type A once.", "type A { a: Int } union U = A | A type Query { u: U }", RootResolvers("u"));
        AssertError("Union type U must define one or more member types.", "union U type Query { u: U }", RootResolvers("u"));
    }

    [Fact]
    public void Enums_need_values() =>
        AssertError("Enum type E must define one or more values.", "enum E type Query { e: E }", RootResolvers("e"));

    [Fact]
    public void Input_objects_need_input_typed_fields()
    {
        AssertError("Input Object type In must define one or more fields.", "input In type Query { a(x: In): Int }", RootResolvers("a"));
        AssertError("The type of In.o must be Input Type but got: Query.", "input In { o: Query } type Query { a(x: In): Int }", RootResolvers("a"));
        AssertError("Required input field In.o cannot be deprecated.", "input In { o: Int! @deprecated } type Query { a(x: In): Int }", RootResolvers("a"));
    }

    [Fact]
    public void OneOf_fields_must_be_nullable_without_defaults()
    {
        var exception = Fails("input In @oneOf { a: Int! b: Int = 1 } type Query { f(x: In): Int }", RootResolvers("f"));
        Assert.Contains(exception.Errors, e => e.Message == "OneOf input field In.a must be nullable.");
        Assert.Contains(exception.Errors, e => e.Message == "OneOf input field In.b cannot have a default value.");
    }

    [Fact]
    public void Non_null_input_cycles_are_refused() =>
        AssertError("Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".",
            "input A { b: B! } input B { a: A! } type Query { f(x: A): Int }", RootResolvers("f"));

    [Fact]
    public void Nullable_or_list_input_cycles_are_allowed()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("input A { b: B! } input B { a: A list: [A!]! } type Query { f(x: A): Int }")
            .BindResolver("Query", "f", _ => 1)
            .Build();
        Assert.NotNull(schema.GetType("A"));
    }

    [Fact]
    public void Invalid_default_values_are_refused() =>
        AssertError("Argument \"Query.a(x:)\" has invalid default value: \"text\". Int cannot represent non-integer value: \"text\"",
            "type Query { a(x: Int = \"text\"): Int }", RootResolvers("a"));

    [Fact]
    public void Directive_definitions_are_validated()
    {
        var exception = Fails("directive @__d on FIELD directive @d(x: Query, y: Int! @deprecated) on FIELD type Query { a: Int }", RootResolvers("a"));
        Assert.Contains(exception.Errors, e => e.Message == "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        Assert.Contains(exception.Errors, e => e.Message == "The type of @d(x:) must be Input Type but got: Query.");
        Assert.Contains(exception.Errors, e => e.Message == "Required argument @d(y:) cannot be deprecated.");
    }

    [Fact]
    public void Extensions_of_unknown_or_different_kinds_are_refused()
    {
        AssertError("Cannot extend type \"Nope\" because it is not defined.", "type Query { a: Int } extend type Nope { b: Int }", RootResolvers("a"));
        AssertError("Cannot extend non-enum type \"E\" with ObjectTypeExtension.", "enum E { A } extend type E { b: Int } type Query { a: E }", RootResolvers("a"));
    }

    [Fact]
    public void Executable_definitions_are_refused_in_type_definitions() =>
        AssertError("Type definitions must not contain operations: \"Q\".", "type Query { a: Int } query Q { a }", RootResolvers("a"));

    [Fact]
    public void Errors_name_their_sdl_location()
    {
        var exception = Fails("type Query {\n  a: Missing\n}", RootResolvers("a"));
        Assert.Contains("line 2, column 6", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_custom_scalars_need_an_implementation() =>
        AssertError("Scalar \"Money\" has no implementation: register one with SchemaBuilder.AddScalar (or use a shipped scalar: DateTime, Date, UUID, Long, Base64).",
            "scalar Money type Query { a: Money }", RootResolvers("a"));
}
