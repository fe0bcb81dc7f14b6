using System.Text.Json;

namespace DigitalPost.LoadTests.Gateway;

/// <summary>One <c>next</c> message of a subscription.</summary>
/// <param name="Payload">The execution result (<c>data</c>, maybe <c>errors</c>), detached from the socket's buffer.</param>
/// <param name="ReceivedTimestamp">
/// <see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> when the message was read off the socket, before any
/// parsing, so latency measured against it excludes the consumer's own delay.
/// </param>
public sealed record SubscriptionEvent(JsonElement Payload, long ReceivedTimestamp)
{
    /// <summary>The payload's <c>data</c> member, or an undefined element.</summary>
    public JsonElement Data => Payload.ValueKind == JsonValueKind.Object && Payload.TryGetProperty("data", out var data) ? data : default;
}
