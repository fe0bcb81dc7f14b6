using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace DigitalPost.Silo.Tests.EndToEnd.Support;

/// <summary>One subscription on a <see cref="GraphQLWebSocketClient"/>: its messages in arrival order.</summary>
public sealed class GraphQLSubscription
{
    private readonly Channel<GraphQLWebSocketMessage> _messages = Channel.CreateUnbounded<GraphQLWebSocketMessage>();
    private readonly GraphQLWebSocketClient _client;

    internal GraphQLSubscription(GraphQLWebSocketClient client, string id)
    {
        _client = client;
        Id = id;
    }

    /// <summary>The operation id sent in <c>subscribe</c>.</summary>
    public string Id { get; }

    /// <summary>
    /// The payload (<c>{"data": …, "errors": …}</c>) of the next <c>next</c> message; fails when an
    /// <c>error</c> or <c>complete</c> arrives instead, the connection closes, or nothing arrives within
    /// <paramref name="patience"/> (default 15 s; the wait ends at once when the message arrives).
    /// </summary>
    public async Task<JsonObject> NextAsync(TimeSpan? patience = null)
    {
        var message = await ReceiveAsync(patience).ConfigureAwait(false);
        return message.Type == "next" && message.Payload is JsonObject payload
            ? payload
            : throw new Xunit.Sdk.XunitException($"Expected 'next' on subscription {Id}; got {message}.");
    }

    /// <summary>The next message of this subscription, whatever its type.</summary>
    public async Task<GraphQLWebSocketMessage> ReceiveAsync(TimeSpan? patience = null)
    {
        var limit = patience ?? GraphQLWebSocketClient.DefaultPatience;
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            return await _messages.Reader.ReadAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"No message on subscription {Id} within {limit}.");
        }
        catch (ChannelClosedException)
        {
            throw new Xunit.Sdk.XunitException($"Subscription {Id} has no more messages (its connection ended).");
        }
    }

    /// <summary>
    /// Skips <c>next</c> messages until the subscription ends (<c>complete</c>, <c>error</c>, or the
    /// connection closing) and returns the message that ended it.
    /// </summary>
    public async Task<GraphQLWebSocketMessage> WaitForEndAsync(TimeSpan? patience = null)
    {
        while (true)
        {
            var message = await ReceiveAsync(patience).ConfigureAwait(false);
            if (message.Type != "next")
            {
                return message;
            }
        }
    }

    /// <summary>Whether a message is already waiting (never waits).</summary>
    public bool HasPendingMessage => _messages.Reader.TryPeek(out _);

    /// <summary>Sends <c>complete</c>: the client ends the subscription.</summary>
    public Task CompleteAsync() => _client.SendAsync(new JsonObject { ["id"] = Id, ["type"] = "complete" });

    internal void Deliver(GraphQLWebSocketMessage message) => _messages.Writer.TryWrite(message);

    internal void End() => _messages.Writer.TryComplete();
}
