using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using DigitalPost.GraphQL.Operations;
using DigitalPost.GraphQL.Transport;
using DigitalPost.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQL.Tests.Transport;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (free port) with a small schema mapped at <c>/graphql</c> (HTTP and
/// graphql-transport-ws). <c>feed</c> subscriptions are driven by the test through <see cref="Feeds"/>, and each
/// records when its source stream ends (disposed), so cancellation can be proven with a signal.
/// </summary>
internal sealed class TransportTestServer : IAsyncDisposable
{
    public const string Sdl = """
        type Query {
          hello: String!
          echo(text: String!): String!
          add(a: Int!, b: Int!): Int!
          whoami: String
          context: String
          transport: String
          "Waits until the request is cancelled (signals BlockStarted, then BlockCancelled)."
          block: Boolean
        }
        type Mutation { increment: Int! }
        type Subscription {
          "Emits 1..count, then the stream ends."
          ticks(count: Int!): Int!
          "Emits what the test writes into the feed; never ends on its own."
          feed: String!
        }
        """;

    private readonly WebApplication _app;
    private int _counter;

    private TransportTestServer(WebApplication app, Uri httpUri)
    {
        _app = app;
        HttpUri = httpUri;
        WebSocketUri = new UriBuilder(httpUri) { Scheme = "ws" }.Uri;
    }

    /// <summary>The endpoint's http:// address.</summary>
    public Uri HttpUri { get; }

    /// <summary>The endpoint's ws:// address.</summary>
    public Uri WebSocketUri { get; }

    /// <summary>Every <c>feed</c> subscription started, in order.</summary>
    public ConcurrentQueue<FeedSubscription> Feeds { get; } = new();

    /// <summary>Set when a <c>block</c> resolver starts waiting.</summary>
    public TaskCompletionSource BlockStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when a <c>block</c> resolver sees its cancellation token fire.</summary>
    public TaskCompletionSource BlockCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Signalled with each new <c>feed</c> subscription.</summary>
    public Channel<FeedSubscription> FeedStarted { get; } = Channel.CreateUnbounded<FeedSubscription>();

    public static async Task<TransportTestServer> StartAsync(GraphQLTransportOptions? options = null, RequestPipelineOptions? pipelineOptions = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        TransportTestServer? server = null;
        var schema = BuildSchema(() => server!);
        app.UseWebSockets();
        app.MapGraphQL("/graphql", new GraphQLRequestPipeline(schema, pipelineOptions), options);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new TransportTestServer(app, new Uri(address.TrimEnd('/') + "/graphql"));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static Schema BuildSchema(Func<TransportTestServer> server) =>
        new SchemaBuilder()
            .AddTypeDefinitions(Sdl)
            .BindResolver("Query", "hello", _ => "world")
            .BindResolver("Query", "echo", ctx => ctx.Argument<string>("text"))
            .BindResolver("Query", "add", ctx => ctx.Argument<int>("a") + ctx.Argument<int>("b"))
            .BindResolver("Query", "whoami", ctx => ctx.User?.Identity?.Name)
            .BindResolver("Query", "context", ctx => ctx.UserContext?.ToString())
            .BindResolver("Query", "transport", ctx => ctx.GetHttpContext() is { } http ? $"{ctx.Features?.Get<IGraphQLTransportFeature>()!.Transport} {http.Request.Path}" : null)
            .BindResolver("Query", "block", ctx => BlockAsync(server(), ctx.CancellationToken))
            .BindResolver("Mutation", "increment", _ => Interlocked.Increment(ref server()._counter))
            .BindSubscription("Subscription", "ticks", ctx => TicksAsync(ctx.Argument<int>("count"), ctx.CancellationToken))
            .BindSubscription("Subscription", "feed", ctx =>
            {
                var feed = new FeedSubscription();
                server().Feeds.Enqueue(feed);
                server().FeedStarted.Writer.TryWrite(feed);
                return feed.ReadAsync(ctx.CancellationToken);
            })
            .Build();

    private static async Task<bool> BlockAsync(TransportTestServer server, CancellationToken cancellationToken)
    {
        using var registration = cancellationToken.Register(() => server.BlockCancelled.TrySetResult());
        server.BlockStarted.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return true;
    }

    private static async IAsyncEnumerable<int> TicksAsync(int count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 1; i <= count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return i;
        }
    }

    /// <summary>One <c>feed</c> subscription's source stream.</summary>
    internal sealed class FeedSubscription
    {
        public Channel<string> Events { get; } = Channel.CreateUnbounded<string>();

        /// <summary>Completed when the source stream ends (enumeration cancelled or disposed).</summary>
        public TaskCompletionSource Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async IAsyncEnumerable<string> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                await foreach (var item in Events.Reader.ReadAllAsync(cancellationToken))
                {
                    yield return item;
                }
            }
            finally
            {
                Ended.TrySetResult();
            }
        }
    }
}
