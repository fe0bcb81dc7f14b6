using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Types;
using static DigitalPost.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace DigitalPost.GraphQL.Tests.Execution;

/// <summary>DataLoader batching: keys of one resolution wave go out in one batch call, cached per request.</summary>
public sealed class DataLoaderTests
{
    private sealed record Post(int Id, int AuthorId);

    private sealed record Author(int Id, string Name, int EditorId);

    private sealed class Backend
    {
        public ConcurrentQueue<int[]> Batches { get; } = new();

        public bool AsyncBatches { get; init; }

        public async ValueTask<IReadOnlyDictionary<int, Author>> LoadAuthorsAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
        {
            Batches.Enqueue([.. ids]);
            if (AsyncBatches)
            {
                await Task.Yield();
            }

            return ids.Where(id => id != 404).ToDictionary(id => id, id => new Author(id, "Author " + id, id + 100));
        }
    }

    private static Schema BuildSchema(Backend backend, bool asyncPosts) => new SchemaBuilder()
        .AddTypeDefinitions("""
            type Query { posts(count: Int!): [Post!]! }
            type Post { id: Int! author: Author }
            type Author { id: Int! name: String! editor: Author }
            """)
        .BindResolver("Query", "posts", async ctx =>
        {
            if (asyncPosts)
            {
                await Task.Yield();
            }

            var count = ctx.Argument<int>("count");
            return (object?)Enumerable.Range(1, count).Select(i => new Post(i, i % 3 == 0 ? 404 : i % 4)).ToArray();
        })
        .BindResolver("Post", "author", ctx => ctx.DataLoader<int, Author>("authors", backend.LoadAuthorsAsync).LoadAsync(((Post)ctx.Parent!).AuthorId))
        .BindResolver("Author", "editor", ctx => ctx.DataLoader<int, Author>("authors", backend.LoadAuthorsAsync).LoadAsync(((Author)ctx.Parent!).EditorId))
        .Build();

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task N_parents_make_one_batch_call_with_distinct_keys(bool asyncPosts, bool asyncBatches)
    {
        var backend = new Backend { AsyncBatches = asyncBatches };
        var json = await BuildSchema(backend, asyncPosts).ExecuteJsonAsync("{ posts(count: 8) { id author { name } } }");

        var batch = Assert.Single(backend.Batches);
        Assert.Equal([1, 2, 404, 0, 3], batch);
        Assert.Contains("{\"id\":3,\"author\":null}", json, StringComparison.Ordinal);
        Assert.Contains("{\"id\":8,\"author\":{\"name\":\"Author 0\"}}", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_level_of_nesting_is_one_wave_and_one_batch()
    {
        var backend = new Backend { AsyncBatches = true };
        var json = await BuildSchema(backend, asyncPosts: true).ExecuteJsonAsync("{ posts(count: 4) { author { id editor { id } } } }");

        // The second wave's keys arrive in whatever order the authors' continuations run.
        Assert.Equal([[0, 1, 2, 404], [100, 101, 102]], backend.Batches.Select(b => b.Order().ToArray()).ToArray());
        Assert.Equal(
            Json("{'data':{'posts':[{'author':{'id':1,'editor':{'id':101}}},{'author':{'id':2,'editor':{'id':102}}},{'author':null},{'author':{'id':0,'editor':{'id':100}}}]}}"),
            json);
    }

    [Fact]
    public async Task Results_are_cached_for_the_request_but_not_across_requests()
    {
        var backend = new Backend();
        var schema = BuildSchema(backend, asyncPosts: false);
        await schema.ExecuteJsonAsync("{ a: posts(count: 2) { author { name } } b: posts(count: 2) { author { id } } }");
        Assert.Single(backend.Batches);

        await schema.ExecuteJsonAsync("{ posts(count: 2) { author { name } } }");
        Assert.Equal(2, backend.Batches.Count);
    }

    [Fact]
    public async Task A_failing_batch_fails_every_field_waiting_on_it()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { items: [Item] } type Item { detail: String }")
            .BindResolver("Query", "items", _ => new[] { 1, 2 })
            .BindResolver("Item", "detail", ctx => ctx.DataLoader<int, string>("details", (_, _) => throw new GraphQLException("Backend down.", "UNAVAILABLE")).LoadAsync((int)ctx.Parent!))
            .Build();
        var json = await schema.ExecuteJsonAsync("{ items { detail } }");

        // The two fields resume from the failed batch in parallel, and the specification leaves the
        // order of errors open, so the errors are compared in path order.
        Assert.Equal(
            Json("{'errors':[{'message':'Backend down.','locations':[{'line':1,'column':11}],'path':['items',0,'detail'],'extensions':{'code':'UNAVAILABLE'}},{'message':'Backend down.','locations':[{'line':1,'column':11}],'path':['items',1,'detail'],'extensions':{'code':'UNAVAILABLE'}}],'data':{'items':[{'detail':null},{'detail':null}]}}"),
            WithErrorsInPathOrder(json));
    }

    private static string WithErrorsInPathOrder(string json)
    {
        var response = JsonNode.Parse(json)!.AsObject();
        var errors = response["errors"]!.AsArray().Select(e => e!.DeepClone()).OrderBy(e => e["path"]!.ToJsonString(), StringComparer.Ordinal).ToArray();
        response["errors"] = new JsonArray(errors);
        return response.ToJsonString();
    }

    [Fact]
    public async Task A_resolver_that_awaits_other_work_before_loading_still_gets_its_key_loaded()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var batches = new ConcurrentQueue<int[]>();
        BatchLoadFunction<int, string> load = (keys, _) =>
        {
            batches.Enqueue([.. keys]);
            return new ValueTask<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "v" + k));
        };
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { items: [Item] } type Item { fast: String slow: String }")
            .BindResolver("Query", "items", _ => new[] { 1, 2 })
            .BindResolver("Item", "fast", ctx =>
            {
                if ((int)ctx.Parent! == 2)
                {
                    gate.TrySetResult();
                }

                return ctx.DataLoader("values", load).LoadAsync((int)ctx.Parent!);
            })
            .BindResolver("Item", "slow", async ctx =>
            {
                await gate.Task;
                return await ctx.DataLoader("values", load).LoadAsync((int)ctx.Parent! + 10);
            })
            .Build();

        var json = await schema.ExecuteJsonAsync("{ items { fast slow } }").WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(Json("{'data':{'items':[{'fast':'v1','slow':'v11'},{'fast':'v2','slow':'v12'}]}}"), json);
        Assert.Equal([1, 2, 11, 12], batches.SelectMany(b => b).Order());
    }
}
