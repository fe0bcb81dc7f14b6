using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DigitalPost.GraphQLGateway.Tests.Authentication;

/// <summary>A minimal graphql-transport-ws client for tests: send JSON messages, receive the next message or the close code.</summary>
internal sealed class GraphQLWsClient : IAsyncDisposable
{
    // Guards against a hung server only; every awaited message is expected promptly.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);
    private readonly ClientWebSocket _socket = new();

    public static async Task<GraphQLWsClient> ConnectAsync(Uri uri, string? authorizationHeader = null)
    {
        var client = new GraphQLWsClient();
        client._socket.Options.AddSubProtocol("graphql-transport-ws");
        if (authorizationHeader is not null)
        {
            client._socket.Options.SetRequestHeader("Authorization", authorizationHeader);
        }

        await client._socket.ConnectAsync(uri, CancellationToken.None).WaitAsync(HangGuard);
        return client;
    }

    public Task SendAsync(object message) =>
        _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None).WaitAsync(HangGuard);

    /// <summary>The next message, or <c>null</c> with the close status when the server closed instead.</summary>
    public async Task<(JsonNode? Message, int? CloseCode)> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(HangGuard);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (null, (int?)result.CloseStatus);
            }

            text.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return (JsonNode.Parse(Encoding.UTF8.GetString(text.ToArray())), null);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(HangGuard);
        }

        _socket.Dispose();
    }
}
