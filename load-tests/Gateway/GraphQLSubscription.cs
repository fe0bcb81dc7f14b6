using System.Threading.Channels;

namespace DigitalPost.LoadTests.Gateway;

/// <summary>
/// A running subscription on a <see cref="GraphQLWebSocketClient"/>: its <c>next</c> messages in arrival order on
/// <see cref="Events"/>. The channel completes when the server sends <c>complete</c>, and completes with a
/// <see cref="GatewayException"/> on an <c>error</c> message or when the connection closes. Disposing sends
/// <c>complete</c> (unless the server already ended it).
/// </summary>
public sealed class GraphQLSubscription : IAsyncDisposable
{
    private readonly GraphQLWebSocketClient _client;
    private readonly Channel<SubscriptionEvent> _events = Channel.CreateUnbounded<SubscriptionEvent>(new UnboundedChannelOptions { SingleWriter = true });
    private int _ended;

    internal GraphQLSubscription(GraphQLWebSocketClient client, string id)
    {
        _client = client;
        Id = id;
    }

    /// <summary>The operation id of this subscription on its connection.</summary>
    public string Id { get; }

    /// <summary>The events, in arrival order.</summary>
    public ChannelReader<SubscriptionEvent> Events => _events.Reader;

    /// <summary>Whether the server (or the connection) ended the subscription.</summary>
    public bool Ended => Volatile.Read(ref _ended) != 0;

    /// <summary>Drops events already received (e.g. left over from an earlier action).</summary>
    public int DrainPending()
    {
        var count = 0;
        while (_events.Reader.TryRead(out _))
        {
            count++;
        }

        return count;
    }

    /// <summary>Stops the subscription: sends <c>complete</c> if it is still running.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _ended, 1) == 0)
        {
            _events.Writer.TryComplete();
            await _client.CompleteAsync(this).ConfigureAwait(false);
        }
    }

    internal void Deliver(SubscriptionEvent message) => _events.Writer.TryWrite(message);

    internal void End(Exception? error)
    {
        Interlocked.Exchange(ref _ended, 1);
        _events.Writer.TryComplete(error);
    }
}
