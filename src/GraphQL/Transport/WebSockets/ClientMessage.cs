using System.Text.Json;

namespace DigitalPost.GraphQL.Transport.WebSockets;

/// <summary>
/// A message from the client: its <c>type</c>, <c>id</c> (when a string) and <c>payload</c> (when an object; a copy
/// the message owns, so the receive buffer can be reused at once).
/// </summary>
internal sealed class ClientMessage : IDisposable
{
    public required string Type { get; init; }

    public string? Id { get; init; }

    /// <summary>The kind of the <c>payload</c> entry; <see cref="JsonValueKind.Undefined"/> when absent.</summary>
    public JsonValueKind PayloadKind { get; init; }

    /// <summary>The payload when it is an object, else <c>null</c>.</summary>
    public JsonDocument? Payload { get; set; }

    public void Dispose() => Payload?.Dispose();
}
