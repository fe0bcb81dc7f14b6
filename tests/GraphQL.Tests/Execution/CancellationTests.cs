using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Types;
using static DigitalPost.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace DigitalPost.GraphQL.Tests.Execution;

/// <summary>Cancellation by the caller and the execution timeout.</summary>
public sealed class CancellationTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private static (Schema Schema, TaskCompletionSource Started) SlowSchema()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { slow: String }")
            .BindResolver("Query", "slow", async ctx =>
            {
                started.SetResult();
                await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
                return (object?)"never";
            })
            .Build();
        return (schema, started);
    }

    [Fact]
    public async Task Cancelling_the_caller_token_cancels_resolvers_and_throws()
    {
        var (schema, started) = SlowSchema();
        using var cancellation = new CancellationTokenSource();
        var running = new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = "{ slow }" }, cancellation.Token).AsTask();
        await started.Task.WaitAsync(HangGuard);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(HangGuard));
    }

    [Fact]
    public async Task An_already_cancelled_token_throws_before_execution()
    {
        var (schema, started) = SlowSchema();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = "{ slow }" }, new CancellationToken(canceled: true)));
        Assert.False(started.Task.IsCompleted);
    }

    [Fact]
    public async Task Timeout_ends_execution_with_a_timeout_error()
    {
        var (schema, started) = SlowSchema();
        var clock = new TestTimeProvider();
        var executor = new GraphQLExecutor(schema, new ExecutionOptions { Timeout = TimeSpan.FromSeconds(5), TimeProvider = clock });
        var running = executor.ExecuteAsync(new ExecutionRequest { Query = "{ slow }" }).AsTask();
        await started.Task.WaitAsync(HangGuard);
        Assert.False(running.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(5));
        var result = await running.WaitAsync(HangGuard);

        Assert.Equal(Json("{'errors':[{'message':'Execution timed out after 5000 ms.','extensions':{'code':'TIMEOUT'}}],'data':null}"), Normalize(result.ToJson()));
    }

    [Fact]
    public async Task Fast_execution_is_unaffected_by_the_timeout()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { a: Int }").BindResolver("Query", "a", _ => 1).Build();
        var json = await schema.ExecuteJsonAsync("{ a }", options: new ExecutionOptions { Timeout = TimeSpan.FromSeconds(1), TimeProvider = new TestTimeProvider() });
        Assert.Equal(Json("{'data':{'a':1}}"), json);
    }
}
