using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace DigitalPost.GraphQL.Tests.Transport.WebSockets;

/// <summary>A <see cref="ClientWebSocket"/> speaking graphql-transport-ws to the test server, one JSON message at a time.</summary>
internal sealed class TestSocket : IAsyncDisposable
{
    /// <summary>Only a guard against a hung test; every wait ends on a message or a close long before.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private TestSocket(ClientWebSocket socket)
    {
        Socket = socket;
    }

    public ClientWebSocket Socket { get; }

    public static async Task<TestSocket> ConnectAsync(Uri uri, string? subProtocol = "graphql-transport-ws")
    {
        var socket = new ClientWebSocket();
        if (subProtocol is not null)
        {
            socket.Options.AddSubProtocol(subProtocol);
        }

        await socket.ConnectAsync(uri, CancellationToken.None).WaitAsync(HangGuard);
        return new TestSocket(socket);
    }

    /// <summary>Connects and completes connection_init / connection_ack.</summary>
    public static async Task<TestSocket> ConnectAndInitAsync(Uri uri, string initPayload = """{"token":"secret","user":"alice"}""")
    {
        var socket = await ConnectAsync(uri);
        await socket.SendAsync($$"""{"type":"connection_init","payload":{{initPayload}}}""");
        var ack = await socket.ReceiveAsync();
        Assert.Equal("connection_ack", (string?)ack["type"]);
        return socket;
    }

    public Task SendAsync(string json) => SendAsync(Encoding.UTF8.GetBytes(json));

    public async Task SendAsync(byte[] utf8, WebSocketMessageType type = WebSocketMessageType.Text) =>
        await Socket.SendAsync(utf8, type, endOfMessage: true, CancellationToken.None).WaitAsync(HangGuard);

    public Task SubscribeAsync(string id, string query) =>
        SendAsync(new JsonObject { ["id"] = id, ["type"] = "subscribe", ["payload"] = new JsonObject { ["query"] = query } }.ToJsonString());

    /// <summary>The next message; fails when the server closes instead.</summary>
    public async Task<JsonNode> ReceiveAsync()
    {
        var (message, closeStatus) = await ReceiveOrCloseAsync();
        return message ?? throw new InvalidOperationException($"The server closed the socket ({closeStatus}: {Socket.CloseStatusDescription}) instead of sending a message.");
    }

    /// <summary>Reads until the server's close frame, returning its code (messages before it are returned too).</summary>
    public async Task<(int Code, string? Reason, List<JsonNode> Before)> ReceiveCloseAsync()
    {
        var before = new List<JsonNode>();
        while (true)
        {
            var (message, closeStatus) = await ReceiveOrCloseAsync();
            if (message is null)
            {
                return ((int)closeStatus!.Value, Socket.CloseStatusDescription, before);
            }

            before.Add(message);
        }
    }

    private async Task<(JsonNode? Message, WebSocketCloseStatus? CloseStatus)> ReceiveOrCloseAsync()
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await Socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(HangGuard);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (null, result.CloseStatus);
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return (JsonNode.Parse(message.ToArray())!, null);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Socket.State == WebSocketState.Open)
        {
            try
            {
                await Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(HangGuard);
            }
            catch (WebSocketException)
            {
            }
        }

        Socket.Dispose();
    }
}
