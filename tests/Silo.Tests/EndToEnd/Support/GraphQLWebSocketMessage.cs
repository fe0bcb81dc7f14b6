using System.Net.WebSockets;
using System.Text.Json.Nodes;

namespace DigitalPost.Silo.Tests.EndToEnd.Support;

/// <summary>
/// A graphql-transport-ws message as received (<c>next</c>, <c>error</c>, <c>complete</c>, ...). When the
/// server closed the socket, a subscription receives one with <see cref="Type"/> <c>"closed"</c> (not a
/// protocol type) carrying the close status and reason.
/// </summary>
public sealed record GraphQLWebSocketMessage(string Type, string? Id, JsonNode? Payload, WebSocketCloseStatus? CloseStatus = null, string? CloseDescription = null)
{
    /// <summary>The synthetic type given to subscriptions when the connection ends.</summary>
    public const string ClosedType = "closed";

    /// <inheritdoc />
    public override string ToString() => Type == ClosedType
        ? $"closed {(int?)CloseStatus} {CloseDescription}"
        : $"{Type} {Id} {Payload?.ToJsonString()}";
}
