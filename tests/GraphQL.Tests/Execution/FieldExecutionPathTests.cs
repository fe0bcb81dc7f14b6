using System.Collections.Concurrent;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Types;
using static DigitalPost.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace DigitalPost.GraphQL.Tests.Execution;

/// <summary>
/// The executor's short paths (fields read without a resolver context, leaves completed directly,
/// paths created only when needed, sub-plans and property getters cached per field) give the same
/// values, errors and paths as the general path.
/// </summary>
public sealed class FieldExecutionPathTests
{
    private const string ItemsSdl = """
        type Query { items: [Item] }
        type Item { name: String! label: String count: Int owner: Owner }
        type Owner { id: ID! detail: String }
        """;

    public sealed record Plain(string Name, string? Label, int Count);

    public sealed record Other(string Name, string? Label);

    public sealed class Throwing
    {
        public string Name => throw new GraphQLException("Name is hidden.", "FORBIDDEN");

        public string Label => throw new InvalidOperationException("boom");
    }

    public sealed record WithOwner(string Name, OwnerValue Owner);

    public sealed record OwnerValue(string Id);

    [Fact]
    public async Task Default_resolver_reads_siblings_of_different_CLR_types_and_dictionaries()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions(ItemsSdl)
            .BindResolver("Query", "items", _ => new object[]
            {
                new Plain("a", "A", 1),
                new Other("b", null),
                new Dictionary<string, object?> { ["name"] = "c", ["count"] = 3 },
                new Plain("d", "D", 4),
            })
            .Build();
        var json = await schema.ExecuteJsonAsync("{ items { name label count } }");
        Assert.Equal(
            Json("{'data':{'items':[{'name':'a','label':'A','count':1},{'name':'b','label':null,'count':null},{'name':'c','label':null,'count':3},{'name':'d','label':'D','count':4}]}}"),
            json);
    }

    [Fact]
    public async Task A_throwing_property_getter_is_a_field_error_with_its_own_message_code_and_path()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions(ItemsSdl)
            .BindResolver("Query", "items", _ => new object[] { new Plain("a", "A", 1), new Throwing() })
            .Build();
        var json = await schema.ExecuteJsonAsync("{ items { label name } }");
        Assert.Equal(
            Json("""
                {'errors':[
                  {'message':'Unexpected error.','locations':[{'line':1,'column':11}],'path':['items',1,'label'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}},
                  {'message':'Name is hidden.','locations':[{'line':1,'column':17}],'path':['items',1,'name'],'extensions':{'code':'FORBIDDEN'}}],
                 'data':{'items':[{'label':'A','name':'a'},null]}}
                """),
            json);
    }

    [Fact]
    public async Task A_synchronously_throwing_resolver_is_a_field_error_at_its_path_and_siblings_complete()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions(ItemsSdl)
            .BindResolver("Query", "items", _ => new object[] { new Plain("a", "A", 1), new Plain("b", "B", 2) })
            .BindResolver("Item", "label", context => ((Plain)context.Parent!).Name == "b"
                ? throw new GraphQLException("No label for b.", "BAD_LABEL")
                : ((Plain)context.Parent!).Label)
            .Build();
        var json = await schema.ExecuteJsonAsync("{ items { name label count } }");
        Assert.Equal(
            Json("""
                {'errors':[{'message':'No label for b.','locations':[{'line':1,'column':16}],'path':['items',1,'label'],'extensions':{'code':'BAD_LABEL'}}],
                 'data':{'items':[{'name':'a','label':'A','count':1},{'name':'b','label':null,'count':2}]}}
                """),
            json);
    }

    [Fact]
    public async Task Null_for_a_non_null_leaf_from_either_path_propagates_to_the_item_with_one_error_each()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                type Query { items: [Item] bound: [Item] }
                type Item { name: String! }
                """)
            .BindResolver("Query", "items", _ => new object[] { new Plain("a", null, 0), new Dictionary<string, object?> { ["name"] = null } })
            .BindResolver("Query", "bound", _ => new object[] { 1, 2 })
            .BindResolver("Item", "name", context => context.Parent is 2 ? null : (object)"one")
            .Build();

        var json = await schema.ExecuteJsonAsync("{ bound { name } }");
        Assert.Equal(
            Json("""
                {'errors':[{'message':'Cannot return null for non-nullable field Item.name.','locations':[{'line':1,'column':11}],'path':['bound',1,'name']}],
                 'data':{'bound':[{'name':'one'},null]}}
                """),
            json);

        var unbound = new SchemaBuilder()
            .AddTypeDefinitions("type Query { items: [Item] } type Item { name: String! }")
            .BindResolver("Query", "items", _ => new object[] { new Plain("a", null, 0), new Dictionary<string, object?> { ["name"] = null } })
            .Build();
        Assert.Equal(
            Json("""
                {'errors':[{'message':'Cannot return null for non-nullable field Item.name.','locations':[{'line':1,'column':11}],'path':['items',1,'name']}],
                 'data':{'items':[{'name':'a'},null]}}
                """),
            await unbound.ExecuteJsonAsync("{ items { name } }"));
    }

    [Fact]
    public async Task A_leaf_value_the_scalar_refuses_is_an_error_at_the_field()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { items: [Item] } type Item { count: Int }")
            .BindResolver("Query", "items", _ => new object[] { new Dictionary<string, object?> { ["count"] = "many" } })
            .Build();
        Assert.Equal(
            Json("""
                {'errors':[{'message':'Int cannot represent non-integer value: \"many\"','locations':[{'line':1,'column':11}],'path':['items',0,'count']}],
                 'data':{'items':[{'count':null}]}}
                """),
            await schema.ExecuteJsonAsync("{ items { count } }"));
    }

    [Fact]
    public async Task A_resolver_sees_its_full_path_including_list_indexes_and_aliases()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions(ItemsSdl)
            .BindResolver("Query", "items", _ => new object[] { new Plain("a", "A", 1), new Plain("b", "B", 2) })
            .BindResolver("Item", "label", context => context.Path.ToString())
            .Build();
        Assert.Equal(
            Json("{'data':{'list':[{'where':'list.0.where'},{'where':'list.1.where'}]}}"),
            await schema.ExecuteJsonAsync("{ list: items { where: label } }"));
    }

    [Fact]
    public async Task Items_of_an_abstract_list_each_use_the_selection_of_their_own_type()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                type Query { things: [Thing] }
                union Thing = Plain | Other
                type Plain { name: String count: Int }
                type Other { name: String label: String }
                """)
            .BindRuntimeType<Plain>("Plain")
            .BindRuntimeType<Other>("Other")
            .BindResolver("Query", "things", _ => new object[] { new Plain("a", null, 1), new Other("b", "B"), new Other("c", "C"), new Plain("d", null, 4) })
            .Build();
        var query = "{ things { __typename ... on Plain { name count } ... on Other { label name } } }";
        var expected = Json("""
            {'data':{'things':[
              {'__typename':'Plain','name':'a','count':1},{'__typename':'Other','label':'B','name':'b'},
              {'__typename':'Other','label':'C','name':'c'},{'__typename':'Plain','name':'d','count':4}]}}
            """);
        var executor = new GraphQLExecutor(schema);

        // Twice: the second run uses the cached plans and sub-plans.
        for (var run = 0; run < 2; run++)
        {
            var result = await executor.ExecuteAsync(new ExecutionRequest { Query = query });
            Assert.Equal(expected, Normalize(result.ToJson()));
        }
    }

    [Fact]
    public async Task Loads_below_an_object_read_without_a_resolver_still_go_in_one_batch()
    {
        var batches = new ConcurrentQueue<int>();
        var schema = new SchemaBuilder()
            .AddTypeDefinitions(ItemsSdl)
            .BindResolver("Query", "items", async _ =>
            {
                await Task.Yield();
                return Enumerable.Range(0, 5).Select(i => new WithOwner("n" + i, new OwnerValue("o" + i))).ToArray();
            })
            .BindResolver("Owner", "detail", context => context
                .DataLoader<string, string>("details", async (ids, _) =>
                {
                    batches.Enqueue(ids.Count);
                    await Task.Yield();
                    return ids.ToDictionary(id => id, id => "detail of " + id);
                })
                .LoadAsync(((OwnerValue)context.Parent!).Id))
            .Build();
        var json = await schema.ExecuteJsonAsync("{ items { name owner { id detail } } }");
        Assert.Equal(
            Json("{'data':{'items':[" + string.Join(',', Enumerable.Range(0, 5).Select(i => $"{{'name':'n{i}','owner':{{'id':'o{i}','detail':'detail of o{i}'}}}}")) + "]}}"),
            json);
        Assert.Equal([5], batches.ToArray());
    }

    [Fact]
    public void Response_keys_that_are_not_names_are_escaped_by_the_writer()
    {
        var result = new ExecutionResult
        {
            HasData = true,
            Data = new ResultMap(["plain", "quote\"d", "<tag>"], [1, "x", true]),
        };
        Assert.Equal("{\"data\":{\"plain\":1,\"quote\\\"d\":\"x\",\"<tag>\":true}}", result.ToJson());
    }
}
