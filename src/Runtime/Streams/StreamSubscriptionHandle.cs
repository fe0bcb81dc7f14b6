namespace DigitalPost.Runtime.Streams;

/// <summary>A subscription to a stream; unsubscribing (or disposing) stops deliveries.</summary>
public abstract class StreamSubscriptionHandle : IAsyncDisposable
{
    /// <summary>The subscribed stream.</summary>
    public abstract StreamId StreamId { get; }

    /// <summary>Ends the subscription: no delivery starts after this returns.</summary>
    public abstract Task UnsubscribeAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await UnsubscribeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }
}
