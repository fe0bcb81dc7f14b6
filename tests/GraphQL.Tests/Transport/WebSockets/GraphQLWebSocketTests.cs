using System.Net.WebSockets;
using System.Text;
using DigitalPost.GraphQL.Tests.Conformance;
using DigitalPost.GraphQL.Tests.Execution;
using DigitalPost.GraphQL.Transport;

namespace DigitalPost.GraphQL.Tests.Transport.WebSockets;

/// <summary>graphql-transport-ws over a real socket (ClientWebSocket against Kestrel): keep-alive, limits, completion and cancellation.</summary>
public sealed class GraphQLWebSocketTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private static GraphQLTransportOptions Options(Func<GraphQLWebSocketOptions, GraphQLWebSocketOptions>? configure = null, TimeProvider? time = null)
    {
        var options = GraphQLWsClientTests.Options(TimeSpan.FromSeconds(30));
        return options with
        {
            WebSocket = configure is null ? options.WebSocket : configure(options.WebSocket),
            TimeProvider = time ?? TimeProvider.System,
        };
    }

    [Fact]
    public async Task Server_sends_keep_alive_pings_at_the_configured_interval_once_acknowledged()
    {
        var clock = new TestTimeProvider();
        await using var server = await TransportTestServer.StartAsync(Options(ws => ws with { KeepAliveInterval = TimeSpan.FromSeconds(10) }, clock));
        await using var socket = await TestSocket.ConnectAndInitAsync(server.WebSocketUri);

        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal("""{"type":"ping"}""", (await socket.ReceiveAsync()).ToJsonString());

        await socket.SendAsync("""{"type":"pong"}""");
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal("""{"type":"ping"}""", (await socket.ReceiveAsync()).ToJsonString());
    }

    [Fact]
    public async Task Client_ping_is_answered_with_a_pong_carrying_the_same_payload()
    {
        await using var server = await TransportTestServer.StartAsync(Options());
        await using var socket = await TestSocket.ConnectAsync(server.WebSocketUri);

        // Allowed before connection_init: the protocol lets either side ping at any time.
        await socket.SendAsync("""{"type":"ping","payload":{"sent":"now"}}""");
        Assert.Equal("""{"type":"pong","payload":{"sent":"now"}}""", (await socket.ReceiveAsync()).ToJsonString());
    }

    [Fact]
    public async Task Operations_beyond_the_connection_limit_get_an_error_while_the_others_keep_running()
    {
        await using var server = await TransportTestServer.StartAsync(Options(ws => ws with { MaxOperationsPerConnection = 2 }));
        await using var socket = await TestSocket.ConnectAndInitAsync(server.WebSocketUri);
        await socket.SubscribeAsync("a", "subscription { feed }");
        await socket.SubscribeAsync("b", "subscription { feed }");
        var feedA = await server.FeedStarted.Reader.ReadAsync().AsTask().WaitAsync(HangGuard);
        var feedB = await server.FeedStarted.Reader.ReadAsync().AsTask().WaitAsync(HangGuard);

        await socket.SubscribeAsync("c", "subscription { feed }");
        var refused = await socket.ReceiveAsync();
        Assert.Equal("error", (string?)refused["type"]);
        Assert.Equal("c", (string?)refused["id"]);
        Assert.Equal("TOO_MANY_OPERATIONS", (string?)refused["payload"]![0]!["extensions"]!["code"]);

        // Operations start concurrently, so which feed serves "a" is learnt from the first event.
        await feedA.Events.Writer.WriteAsync("first");
        var next = await socket.ReceiveAsync();
        var firstId = (string)next["id"]!;
        Assert.Contains(firstId, new[] { "a", "b" });
        Assert.Equal("first", (string?)next["payload"]!["data"]!["feed"]);
        var otherId = firstId == "a" ? "b" : "a";

        // Completing one frees a place.
        await socket.SendAsync($$"""{"id":"{{firstId}}","type":"complete"}""");
        await feedA.Ended.Task.WaitAsync(HangGuard);
        await socket.SubscribeAsync("d", "subscription { feed }");
        var feedD = await server.FeedStarted.Reader.ReadAsync().AsTask().WaitAsync(HangGuard);
        await feedD.Events.Writer.WriteAsync("to d");
        await feedB.Events.Writer.WriteAsync("to other");
        var messages = new[] { await socket.ReceiveAsync(), await socket.ReceiveAsync() }.Select(m => m.ToJsonString()).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[]
            {
                "{\"id\":\"" + otherId + "\",\"type\":\"next\",\"payload\":{\"data\":{\"feed\":\"to other\"}}}",
                """{"id":"d","type":"next","payload":{"data":{"feed":"to d"}}}""",
            }.Order(StringComparer.Ordinal).ToArray(),
            messages);
    }

    [Fact]
    public async Task Message_larger_than_the_limit_closes_with_1009()
    {
        await using var server = await TransportTestServer.StartAsync(Options(ws => ws with { MaxMessageSize = 1024, ReceiveBufferSize = 256 }));
        await using var socket = await TestSocket.ConnectAndInitAsync(server.WebSocketUri);

        // Just under the limit is fine (received in several reads of the 256-byte buffer).
        var padding = new string(' ', 1024 - """{"type":"ping"}""".Length);
        await socket.SendAsync("""{"type":"ping"}""" + padding);
        Assert.Equal("pong", (string?)(await socket.ReceiveAsync())["type"]);

        await socket.SendAsync("""{"type":"ping"}""" + padding + " ");
        var (code, _, _) = await socket.ReceiveCloseAsync();
        Assert.Equal(1009, code);
    }

    [Fact]
    public async Task Source_stream_ending_completes_the_operation()
    {
        await using var server = await TransportTestServer.StartAsync(Options());
        await using var socket = await TestSocket.ConnectAndInitAsync(server.WebSocketUri);

        await socket.SubscribeAsync("t", "subscription { ticks(count: 2) }");

        Assert.Equal("""{"id":"t","type":"next","payload":{"data":{"ticks":1}}}""", (await socket.ReceiveAsync()).ToJsonString());
        Assert.Equal("""{"id":"t","type":"next","payload":{"data":{"ticks":2}}}""", (await socket.ReceiveAsync()).ToJsonString());
        Assert.Equal("""{"id":"t","type":"complete"}""", (await socket.ReceiveAsync()).ToJsonString());

        // The id is free again once completed.
        await socket.SubscribeAsync("t", "{ hello }");
        Assert.Equal("""{"id":"t","type":"next","payload":{"data":{"hello":"world"}}}""", (await socket.ReceiveAsync()).ToJsonString());
        Assert.Equal("""{"id":"t","type":"complete"}""", (await socket.ReceiveAsync()).ToJsonString());
    }

    [Fact]
    public async Task Client_complete_cancels_the_source_stream_and_frees_the_id()
    {
        await using var server = await TransportTestServer.StartAsync(Options());
        await using var socket = await TestSocket.ConnectAndInitAsync(server.WebSocketUri);
        await socket.SubscribeAsync("f", "subscription { feed }");
        var feed = await server.FeedStarted.Reader.ReadAsync().AsTask().WaitAsync(HangGuard);
        await feed.Events.Writer.WriteAsync("one");
        Assert.Equal("""{"id":"f","type":"next","payload":{"data":{"feed":"one"}}}""", (await socket.ReceiveAsync()).ToJsonString());

        await socket.SendAsync("""{"id":"f","type":"complete"}""");

        await feed.Ended.Task.WaitAsync(HangGuard);
        await socket.SubscribeAsync("f", "subscription { feed }");
        var second = await server.FeedStarted.Reader.ReadAsync().AsTask().WaitAsync(HangGuard);
        await second.Events.Writer.WriteAsync("two");
        Assert.Equal("""{"id":"f","type":"next","payload":{"data":{"feed":"two"}}}""", (await socket.ReceiveAsync()).ToJsonString());
    }

    [Fact]
    public async Task Abrupt_socket_close_cancels_every_subscription()
    {
        await using var server = await TransportTestServer.StartAsync(Options());
        var socket = await TestSocket.ConnectAndInitAsync(server.WebSocketUri);
        await socket.SubscribeAsync("1", "subscription { feed }");
        await socket.SubscribeAsync("2", "subscription { feed }");
        var first = await server.FeedStarted.Reader.ReadAsync().AsTask().WaitAsync(HangGuard);
        var second = await server.FeedStarted.Reader.ReadAsync().AsTask().WaitAsync(HangGuard);

        socket.Socket.Abort(); // No close handshake: the TCP connection just goes away.
        socket.Socket.Dispose();

        await Task.WhenAll(first.Ended.Task, second.Ended.Task).WaitAsync(HangGuard);
    }

    [Fact]
    public async Task Query_over_the_socket_gives_next_then_complete_and_a_request_error_gives_error_only()
    {
        await using var server = await TransportTestServer.StartAsync(Options());
        await using var socket = await TestSocket.ConnectAndInitAsync(server.WebSocketUri);

        await socket.SendAsync("""{"id":"q","type":"subscribe","payload":{"query":"query ($a: Int!) { add(a: $a, b: 2) }","variables":{"a":40}}}""");
        Assert.Equal("""{"id":"q","type":"next","payload":{"data":{"add":42}}}""", (await socket.ReceiveAsync()).ToJsonString());
        Assert.Equal("""{"id":"q","type":"complete"}""", (await socket.ReceiveAsync()).ToJsonString());

        await socket.SubscribeAsync("bad", "{ hello(");
        var error = await socket.ReceiveAsync();
        Assert.Equal("error", (string?)error["type"]);
        Assert.Equal("GRAPHQL_PARSE_FAILED", (string?)error["payload"]![0]!["extensions"]!["code"]);

        // No complete follows an error: the next message is the answer to this ping.
        await socket.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (string?)(await socket.ReceiveAsync())["type"]);
    }

    [Fact]
    public async Task Binary_message_closes_with_4400()
    {
        await using var server = await TransportTestServer.StartAsync(Options());
        await using var socket = await TestSocket.ConnectAndInitAsync(server.WebSocketUri);

        await socket.SendAsync(Encoding.UTF8.GetBytes("""{"type":"ping"}"""), WebSocketMessageType.Binary);

        Assert.Equal(4400, (await socket.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task Connection_init_hook_failure_closes_with_4500()
    {
        var options = Options(ws => ws with { OnConnectionInit = _ => throw new InvalidOperationException("token store down") });
        await using var server = await TransportTestServer.StartAsync(options);
        await using var socket = await TestSocket.ConnectAsync(server.WebSocketUri);

        await socket.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal(4500, (await socket.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task Request_context_hook_sees_the_connection_and_its_value_reaches_resolvers()
    {
        var options = Options() with
        {
            CreateContext = context => ValueTask.FromResult<object?>($"{context.Transport} {context.OperationId} {context.Operation.Operation} {context.OperationName} {context.User.Identity!.Name} {context.Connection!.State} {context.Connection.InitPayload!.Value.GetProperty("user").GetString()}"),
        };
        await using var server = await TransportTestServer.StartAsync(options);
        await using var socket = await TestSocket.ConnectAndInitAsync(server.WebSocketUri, """{"token":"secret","user":"bob"}""");

        await socket.SubscribeAsync("op-7", "query Who { context whoami }");

        Assert.Equal(
            """{"id":"op-7","type":"next","payload":{"data":{"context":"WebSocket op-7 Query Who bob state-of-bob bob","whoami":"bob"}}}""",
            (await socket.ReceiveAsync()).ToJsonString());
    }

    [Fact]
    public async Task Socket_without_the_subprotocol_is_closed_with_4406()
    {
        await using var server = await TransportTestServer.StartAsync(Options());
        await using var socket = await TestSocket.ConnectAsync(server.WebSocketUri, subProtocol: null);

        Assert.Equal(4406, (await socket.ReceiveCloseAsync()).Code);
    }
}
