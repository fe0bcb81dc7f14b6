using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Types;
using static DigitalPost.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace DigitalPost.GraphQL.Tests.Execution;

/// <summary>Spec 6.4.3 ResolveAbstractType: hooks, IsTypeOf, runtime-type mapping and defaults.</summary>
public sealed class AbstractTypeTests
{
    private const string Sdl = """
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String meows: Boolean }
        union Animal = Dog | Cat
        type Query { pets: [Pet] animals: [Animal] }
        """;

    private const string Query = "{ pets { __typename name } animals { __typename ... on Dog { barks } ... on Cat { meows } } }";

    private const string Expected = "{'data':{'pets':[{'__typename':'Dog','name':'Rex'},{'__typename':'Cat','name':'Tom'}],'animals':[{'__typename':'Dog','barks':true},{'__typename':'Cat','meows':false}]}}";

    private static SchemaBuilder Builder(object[] values) => new SchemaBuilder()
        .AddTypeDefinitions(Sdl)
        .BindResolver("Query", "pets", _ => values)
        .BindResolver("Query", "animals", _ => values);

    [Fact]
    public async Task ResolveType_hook_names_the_object_type()
    {
        var schema = Builder([new Animal("dog", "Rex", true), new Animal("cat", "Tom", false)])
            .BindResolveType("Pet", (value, _) => ((Animal)value).Kind == "dog" ? "Dog" : "Cat")
            .BindResolveType("Animal", (value, _) => ((Animal)value).Kind == "dog" ? "Dog" : "Cat")
            .BindResolver("Dog", "barks", ctx => ((Animal)ctx.Parent!).Sound)
            .BindResolver("Cat", "meows", ctx => ((Animal)ctx.Parent!).Sound)
            .Build();
        Assert.Equal(Json(Expected), await schema.ExecuteJsonAsync(Query));
    }

    [Fact]
    public async Task IsTypeOf_checks_pick_the_object_type()
    {
        var schema = Builder([new Animal("dog", "Rex", true), new Animal("cat", "Tom", false)])
            .BindIsTypeOf("Dog", value => value is Animal { Kind: "dog" })
            .BindIsTypeOf("Cat", value => value is Animal { Kind: "cat" })
            .BindResolver("Dog", "barks", ctx => ((Animal)ctx.Parent!).Sound)
            .BindResolver("Cat", "meows", ctx => ((Animal)ctx.Parent!).Sound)
            .Build();
        Assert.Equal(Json(Expected), await schema.ExecuteJsonAsync(Query));
    }

    [Fact]
    public async Task Runtime_type_bindings_and_clr_type_names_resolve_by_default()
    {
        var schema = Builder([new DogRecord("Rex", true), new Cat("Tom", false)])
            .BindRuntimeType<DogRecord>("Dog")
            .Build();
        Assert.Equal(Json(Expected), await schema.ExecuteJsonAsync(Query));
    }

    [Fact]
    public async Task Dictionaries_resolve_through_their_typename_entry()
    {
        var schema = Builder(
            [
                new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Rex", ["barks"] = true },
                new Dictionary<string, object?> { ["__typename"] = "Cat", ["name"] = "Tom", ["meows"] = false },
            ]).Build();
        Assert.Equal(Json(Expected), await schema.ExecuteJsonAsync(Query));
    }

    [Fact]
    public async Task Unresolvable_values_are_field_errors_naming_the_abstract_type()
    {
        var schema = Builder([new Animal("fish", "Nemo", false)]).Build();
        var json = await schema.ExecuteJsonAsync("{ pets { name } }");
        Assert.Contains("Abstract type \\u0022Pet\\u0022 must resolve to an Object type at runtime for field \\u0022Query.pets\\u0022.", json, StringComparison.Ordinal);
        Assert.Contains("\"path\":[\"pets\",0]", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hook_naming_a_type_outside_the_abstract_type_is_an_error()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("interface Pet { name: String } type Dog implements Pet { name: String } type Rock { name: String } type Query { pet: Pet rock: Rock }")
            .BindResolver("Query", "pet", _ => new Animal("rock", "Stone", false))
            .BindResolver("Query", "rock", _ => null)
            .BindResolveType("Pet", (_, _) => "Rock")
            .Build();
        var json = await schema.ExecuteJsonAsync("{ pet { name } }");
        Assert.Contains("Runtime Object type \\u0022Rock\\u0022 is not a possible type for \\u0022Pet\\u0022.", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throwing_hook_fails_only_the_list_item_it_was_asked_about()
    {
        var schema = Builder([new Animal("dog", "Rex", true), new Animal("cat", "Tom", false)])
            .BindResolveType("Pet", (value, _) => ((Animal)value).Kind == "dog" ? "Dog" : throw new GraphQLException("Cats are private.", "FORBIDDEN"))
            .Build();
        var json = await schema.ExecuteJsonAsync("{ pets { name } }");
        Assert.Equal(Json("{'errors':[{'message':'Cats are private.','locations':[{'line':1,'column':3}],'path':['pets',1],'extensions':{'code':'FORBIDDEN'}}],'data':{'pets':[{'name':'Rex'},null]}}"), json);
    }

    private sealed record Animal(string Kind, string Name, bool Sound);

    private sealed record DogRecord(string Name, bool Barks);

    private sealed record Cat(string Name, bool Meows);
}
