using System.Collections.Concurrent;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Types;
using static DigitalPost.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace DigitalPost.GraphQL.Tests.Execution;

/// <summary>Spec 6.3: query fields may run in parallel; mutation fields run serially.</summary>
public sealed class ParallelAndSerialExecutionTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Query_fields_run_concurrently_when_resolvers_are_async()
    {
        // "first" can only finish after "second" has started: a serial executor would never get there.
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { first: String second: String }")
            .BindResolver("Query", "first", async ctx =>
            {
                await secondStarted.Task.WaitAsync(HangGuard);
                return (object?)"first";
            })
            .BindResolver("Query", "second", ctx =>
            {
                secondStarted.SetResult();
                return "second";
            })
            .Build();

        var json = await schema.ExecuteJsonAsync("{ first second }");

        Assert.Equal(Json("{'data':{'first':'first','second':'second'}}"), json);
    }

    [Fact]
    public async Task Mutation_fields_run_one_after_the_other()
    {
        var log = new ConcurrentQueue<string>();
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: String } type Mutation { first: String second: String }")
            .BindResolver("Query", "a", _ => null)
            .BindResolver("Mutation", "first", async ctx =>
            {
                log.Enqueue("first:start");
                firstStarted.SetResult();
                await releaseFirst.Task.WaitAsync(HangGuard);
                log.Enqueue("first:end");
                return (object?)"1";
            })
            .BindResolver("Mutation", "second", ctx =>
            {
                log.Enqueue("second:start");
                return "2";
            })
            .Build();

        var running = new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = "mutation { first second }" }).AsTask();
        await firstStarted.Task.WaitAsync(HangGuard);
        Assert.Equal(["first:start"], log);
        releaseFirst.SetResult();
        var result = await running.WaitAsync(HangGuard);

        Assert.Equal(["first:start", "first:end", "second:start"], log);
        Assert.Equal(Json("{'data':{'first':'1','second':'2'}}"), Normalize(result.ToJson()));
    }

    [Fact]
    public async Task Synchronous_resolvers_complete_without_spawning_tasks()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: Int b: [Item] } type Item { name: String }")
            .BindResolver("Query", "a", _ => 1)
            .BindResolver("Query", "b", _ => new[] { new Dictionary<string, object?> { ["name"] = "x" } })
            .Build();

        var execution = new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = "{ a b { name } }" });

        Assert.True(execution.IsCompletedSuccessfully);
        Assert.Equal(Json("{'data':{'a':1,'b':[{'name':'x'}]}}"), Normalize((await execution).ToJson()));
    }
}
