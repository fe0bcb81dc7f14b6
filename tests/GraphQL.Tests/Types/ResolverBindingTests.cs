using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Tests.Types;

/// <summary>How the builder detects fields that cannot be resolved, and bindings that name nothing.</summary>
public sealed class ResolverBindingTests
{
    private sealed record Letter(string Subject);

    private static IReadOnlyList<SchemaError> Errors(SchemaBuilder builder) =>
        Assert.Throws<SchemaValidationException>(() => builder.Build()).Errors;

    [Fact]
    public void Root_fields_without_resolvers_are_build_errors()
    {
        var errors = Errors(new SchemaBuilder().AddTypeDefinitions("type Query { a: Int b: Int } type Mutation { m: Int }").BindResolver("Query", "a", _ => 1));
        Assert.Equal(
            [
                "Field Query.b has no resolver: a root operation type has no parent value to read it from. Bind one with SchemaBuilder.BindResolver(\"Query\", \"b\", ...).",
                "Field Mutation.m has no resolver: a root operation type has no parent value to read it from. Bind one with SchemaBuilder.BindResolver(\"Mutation\", \"m\", ...).",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void Subscription_fields_need_a_source_stream()
    {
        var errors = Errors(new SchemaBuilder().AddTypeDefinitions("type Query { a: Int } type Subscription { s: Int }").BindResolver("Query", "a", _ => 1));
        Assert.Equal("Subscription field Subscription.s has no source stream: bind one with SchemaBuilder.BindSubscription(\"Subscription\", \"s\", ...).", Assert.Single(errors).Message);
    }

    [Fact]
    public void Bound_runtime_types_must_have_a_property_for_each_unresolved_field()
    {
        var errors = Errors(new SchemaBuilder()
            .AddTypeDefinitions("type Query { letter: Letter } type Letter { subject: String body: String sender: String }")
            .BindResolver("Query", "letter", _ => null)
            .BindResolver("Letter", "sender", _ => "x")
            .BindRuntimeType<Letter>("Letter"));
        Assert.Equal("Field Letter.body has no resolver and its runtime type Letter has no public property \"body\". Bind a resolver with SchemaBuilder.BindResolver(\"Letter\", \"body\", ...).", Assert.Single(errors).Message);
    }

    [Fact]
    public void RequireResolvers_turns_off_dynamic_resolution()
    {
        var errors = Errors(new SchemaBuilder(new SchemaBuilderOptions { RequireResolvers = true })
            .AddTypeDefinitions("type Query { letter: Letter } type Letter { subject: String }")
            .BindResolver("Query", "letter", _ => null));
        Assert.Equal("Field Letter.subject has no resolver (SchemaBuilderOptions.RequireResolvers is set). Bind one with SchemaBuilder.BindResolver(\"Letter\", \"subject\", ...).", Assert.Single(errors).Message);
    }

    [Fact]
    public void Bindings_naming_unknown_types_or_fields_are_errors()
    {
        var errors = Errors(new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: Int } enum E { A }")
            .BindResolver("Query", "a", _ => 1)
            .BindResolver("Query", "typo", _ => 1)
            .BindResolver("Nope", "a", _ => 1)
            .BindEnum<DayOfWeek>("E")
            .BindResolveType("Query", (_, _) => null));
        Assert.Contains(errors, e => e.Message == "Resolver bound to Query.typo, but type Query has no field \"typo\".");
        Assert.Contains(errors, e => e.Message == "Resolver bound to Nope.a, but the schema has no type \"Nope\".");
        Assert.Contains(errors, e => e.Message == "Enum value E.A has no matching member in CLR enum System.DayOfWeek.");
        Assert.Contains(errors, e => e.Message == "Type resolver bound to \"Query\", but the schema has no interface or union type \"Query\".");
    }

    [Fact]
    public void Interface_resolvers_serve_implementations_without_their_own()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("interface Node { id: ID! } type A implements Node { id: ID! } type B implements Node { id: ID! } type Query { a: A }")
            .BindResolver("Query", "a", _ => null)
            .BindResolver("Node", "id", _ => "node")
            .BindResolver("B", "id", _ => "b")
            .Build();
        Assert.NotNull(((ObjectType)schema.GetType("A")!).GetField("id")!.Resolver);
        Assert.NotSame(((ObjectType)schema.GetType("A")!).GetField("id")!.Resolver, ((ObjectType)schema.GetType("B")!).GetField("id")!.Resolver);
    }

    [Fact]
    public void Extensions_add_fields_interfaces_values_and_members()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: Int } enum E { A } type X { x: Int } union U = X interface I { i: Int }")
            .AddTypeDefinitions("extend type Query { b: E u: U } extend enum E { B } type Y implements I { i: Int } extend union U = Y extend type X implements I { i: Int }")
            .BindType("Query", q => q.Field("a", _ => 1).Field("b", _ => "B").Field("u", _ => null))
            .Build();
        Assert.Equal(["a", "b", "u"], ((ObjectType)schema.GetType("Query")!).Fields.Select(f => f.Name));
        Assert.Equal(["A", "B"], ((EnumType)schema.GetType("E")!).Values.Select(v => v.Name));
        Assert.Equal(["X", "Y"], ((UnionType)schema.GetType("U")!).Types.Select(t => t.Name));
        Assert.Equal(["X", "Y"], schema.GetPossibleTypes(schema.GetType("I")!).Select(t => t.Name));
    }

    [Fact]
    public async Task Resolver_objects_bind_methods_by_field_name()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { greeting(name: String!): String count: Int! later: String soon: Int }")
            .BindType("Query", new QueryResolvers())
            .BindResolver("Query", "soon", _ => 2)
            .Build();
        var result = await new DigitalPost.GraphQL.Execution.GraphQLExecutor(schema).ExecuteAsync(new() { Query = "{ greeting(name: \"Ada\") count later soon }" });
        Assert.Equal("{\"data\":{\"greeting\":\"Hej Ada\",\"count\":3,\"later\":\"later\",\"soon\":2}}", result.ToJson());
    }

    [Fact]
    public void Resolver_object_methods_that_match_no_field_are_errors()
    {
        var errors = Errors(new SchemaBuilder()
            .AddTypeDefinitions("type Query { greeting(name: String!): String count: Int! later: String soon: Int }")
            .BindType("Query", new TypoResolvers()));
        Assert.Contains(errors, e => e.Message == "Resolver method TypoResolvers.Greting matches no field of type Query.");
    }

    private sealed class QueryResolvers
    {
        public string Greeting(DigitalPost.GraphQL.Execution.ResolverContext context) => "Hej " + context.Argument<string>("name");

        public int Count() => 3;

        public async Task<string> LaterAsync()
        {
            await Task.Yield();
            return "later";
        }

        public ValueTask<int> Soon() => new(99);
    }

    private sealed class TypoResolvers
    {
        public string Greting() => "x";
    }
}
