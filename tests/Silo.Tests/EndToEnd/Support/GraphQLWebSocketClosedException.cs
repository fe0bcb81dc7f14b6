using System.Net.WebSockets;

namespace DigitalPost.Silo.Tests.EndToEnd.Support;

/// <summary>The server closed the WebSocket before acknowledging the connection.</summary>
public sealed class GraphQLWebSocketClosedException(WebSocketCloseStatus? status, string? description)
    : Exception($"The server closed the connection before connection_ack: {(int?)status} {description}")
{
    /// <summary>The close status (4403 for a refused token, 4400 for a bad init, ...).</summary>
    public WebSocketCloseStatus? Status { get; } = status;

    /// <summary>The close reason.</summary>
    public string? Description { get; } = description;
}
