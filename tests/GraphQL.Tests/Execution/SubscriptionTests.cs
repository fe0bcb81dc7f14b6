using System.Runtime.CompilerServices;
using System.Threading.Channels;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Types;
using static DigitalPost.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace DigitalPost.GraphQL.Tests.Execution;

/// <summary>Spec 6.3.3 Subscribe: source stream to response stream.</summary>
public sealed class SubscriptionTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private sealed class Feed
    {
        public Channel<Message> Channel { get; } = System.Threading.Channels.Channel.CreateUnbounded<Message>();

        public TaskCompletionSource Disposed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string? Topic { get; set; }

        public async IAsyncEnumerable<Message> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                await foreach (var message in Channel.Reader.ReadAllAsync(cancellationToken))
                {
                    yield return message;
                }
            }
            finally
            {
                Disposed.TrySetResult();
            }
        }
    }

    private sealed record Message(string Text, int Priority);

    private static (Schema Schema, Feed Feed) Build()
    {
        var feed = new Feed();
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                type Query { a: Int }
                type Message { text: String! priority: Int! }
                type Subscription { messageAdded(topic: String!): Message failing: Message }
                """)
            .BindResolver("Query", "a", _ => 1)
            .BindSubscription("Subscription", "messageAdded", ctx =>
            {
                feed.Topic = ctx.Argument<string>("topic");
                return feed.ReadAsync(ctx.CancellationToken);
            })
            .BindSubscription<Message>("Subscription", "failing", _ => throw new GraphQLException("No access to this topic.", "FORBIDDEN"))
            .Build();
        return (schema, feed);
    }

    [Fact]
    public async Task Each_source_event_is_executed_into_a_response_and_completion_ends_the_stream()
    {
        var (schema, feed) = Build();
        var subscription = await new GraphQLExecutor(schema).SubscribeAsync(new ExecutionRequest { Query = "subscription { messageAdded(topic: \"news\") { text } }" });
        Assert.True(subscription.IsStream);
        Assert.Equal("news", feed.Topic);

        await feed.Channel.Writer.WriteAsync(new Message("hello", 1));
        await feed.Channel.Writer.WriteAsync(new Message("world", 2));
        feed.Channel.Writer.Complete();

        var results = new List<string>();
        await foreach (var result in subscription.Stream!.WithCancellation(CancellationToken.None))
        {
            results.Add(Normalize(result.ToJson()));
        }

        Assert.Equal([Json("{'data':{'messageAdded':{'text':'hello'}}}"), Json("{'data':{'messageAdded':{'text':'world'}}}")], results);
        await feed.Disposed.Task.WaitAsync(HangGuard);
    }

    [Fact]
    public async Task Disposing_the_response_stream_disposes_the_source_stream()
    {
        var (schema, feed) = Build();
        var subscription = await new GraphQLExecutor(schema).SubscribeAsync(new ExecutionRequest { Query = "subscription { messageAdded(topic: \"t\") { priority } }" });
        await feed.Channel.Writer.WriteAsync(new Message("one", 7));

        await using (var enumerator = subscription.Stream!.GetAsyncEnumerator())
        {
            Assert.True(await enumerator.MoveNextAsync());
            Assert.Equal(Json("{'data':{'messageAdded':{'priority':7}}}"), Normalize(enumerator.Current.ToJson()));
        }

        await feed.Disposed.Task.WaitAsync(HangGuard);
    }

    [Fact]
    public async Task Cancelling_ends_a_waiting_subscription()
    {
        var (schema, feed) = Build();
        using var cancellation = new CancellationTokenSource();
        var subscription = await new GraphQLExecutor(schema).SubscribeAsync(new ExecutionRequest { Query = "subscription { messageAdded(topic: \"t\") { text } }" }, cancellation.Token);
        var enumerator = subscription.Stream!.GetAsyncEnumerator(cancellation.Token);
        var next = enumerator.MoveNextAsync().AsTask();
        Assert.False(next.IsCompleted);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.WaitAsync(HangGuard));
        await enumerator.DisposeAsync();
        await feed.Disposed.Task.WaitAsync(HangGuard);
    }

    [Fact]
    public async Task A_failing_subscribe_resolver_gives_a_single_error_result()
    {
        var (schema, _) = Build();
        var subscription = await new GraphQLExecutor(schema).SubscribeAsync(new ExecutionRequest { Query = "subscription { failing { text } }" });
        Assert.False(subscription.IsStream);
        Assert.Equal(Json("{'errors':[{'message':'No access to this topic.','locations':[{'line':1,'column':16}],'path':['failing'],'extensions':{'code':'FORBIDDEN'}}]}"), Normalize(subscription.Single!.ToJson()));
    }

    [Fact]
    public async Task Errors_in_an_event_are_reported_in_that_event_only()
    {
        var (schema, feed) = Build();
        var subscription = await new GraphQLExecutor(schema).SubscribeAsync(new ExecutionRequest { Query = "subscription { messageAdded(topic: \"t\") { text } }" });
        await feed.Channel.Writer.WriteAsync(new Message(null!, 1));
        await feed.Channel.Writer.WriteAsync(new Message("ok", 2));
        feed.Channel.Writer.Complete();

        var results = new List<string>();
        await foreach (var result in subscription.Stream!)
        {
            results.Add(Normalize(result.ToJson()));
        }

        Assert.Equal(
            [
                Json("{'errors':[{'message':'Cannot return null for non-nullable field Message.text.','locations':[{'line':1,'column':43}],'path':['messageAdded','text']}],'data':{'messageAdded':null}}"),
                Json("{'data':{'messageAdded':{'text':'ok'}}}"),
            ],
            results);
    }

    [Fact]
    public async Task SubscribeAsync_executes_a_query_as_a_single_result()
    {
        var (schema, _) = Build();
        var subscription = await new GraphQLExecutor(schema).SubscribeAsync(new ExecutionRequest { Query = "{ a }" });
        Assert.False(subscription.IsStream);
        Assert.Equal(Json("{'data':{'a':1}}"), Normalize(subscription.Single!.ToJson()));
    }

    [Fact]
    public async Task The_execution_timeout_applies_to_each_event()
    {
        var feed = new Feed();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: Int } type Message { text: String } type Subscription { messageAdded: Message }")
            .BindResolver("Query", "a", _ => 1)
            .BindSubscription("Subscription", "messageAdded", ctx => feed.ReadAsync(ctx.CancellationToken))
            .BindResolver("Message", "text", async ctx =>
            {
                started.TrySetResult();
                await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
                return (object?)"never";
            })
            .Build();
        var clock = new TestTimeProvider();
        var executor = new GraphQLExecutor(schema, new ExecutionOptions { Timeout = TimeSpan.FromSeconds(2), TimeProvider = clock });
        var subscription = await executor.SubscribeAsync(new ExecutionRequest { Query = "subscription { messageAdded { text } }" });
        await feed.Channel.Writer.WriteAsync(new Message("slow", 1));
        await using var enumerator = subscription.Stream!.GetAsyncEnumerator();
        var next = enumerator.MoveNextAsync().AsTask();
        await started.Task.WaitAsync(HangGuard);

        clock.Advance(TimeSpan.FromSeconds(2));

        Assert.True(await next.WaitAsync(HangGuard));
        Assert.Equal(Json("{'errors':[{'message':'Execution timed out after 2000 ms.','extensions':{'code':'TIMEOUT'}}],'data':null}"), Normalize(enumerator.Current.ToJson()));
    }
}
