using System.Collections.Concurrent;

namespace DigitalPost.Runtime.Streams;

/// <summary>
/// Wraps an <see cref="IStreamProvider"/> and counts open subscriptions per stream, so
/// <see cref="IStreamSubscriberProbe.HasSubscribers"/> answers without touching streams nobody
/// subscribed to. Publishing and delivery are the inner provider's. A subscription counts from
/// <c>SubscribeAsync</c> until its handle is unsubscribed or disposed (a subscription the inner
/// provider ends on its own, e.g. on overflow, counts until its handle is disposed).
/// Register with <see cref="Hosting.StreamSubscriberProbeServiceCollectionExtensions.AddStreamSubscriberProbe"/>.
/// </summary>
public sealed class SubscriberTrackingStreamProvider : IStreamProvider, IStreamSubscriberProbe
{
    private readonly IStreamProvider _inner;
    private readonly ConcurrentDictionary<StreamId, int> _subscriptions = new();

    /// <summary>Tracks the subscriptions made through this provider to <paramref name="inner"/>'s streams.</summary>
    public SubscriberTrackingStreamProvider(IStreamProvider inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <inheritdoc />
    public IAsyncStream<T> GetStream<T>(StreamId id) => new TrackingStream<T>(_inner.GetStream<T>(id), this);

    /// <inheritdoc />
    public bool HasSubscribers(StreamId id) => _subscriptions.TryGetValue(id, out var count) && count > 0;

    private void Added(StreamId id) => _subscriptions.AddOrUpdate(id, 1, static (_, n) => n + 1);

    private void Removed(StreamId id)
    {
        while (_subscriptions.TryGetValue(id, out var count))
        {
            if (count <= 1 ? _subscriptions.TryRemove(new KeyValuePair<StreamId, int>(id, count)) : _subscriptions.TryUpdate(id, count - 1, count))
            {
                return;
            }
        }
    }

    private sealed class TrackingStream<T>(IAsyncStream<T> inner, SubscriberTrackingStreamProvider owner) : IAsyncStream<T>
    {
        public StreamId Id => inner.Id;

        public Task OnNextAsync(T item, CancellationToken cancellationToken = default) => inner.OnNextAsync(item, cancellationToken);

        public async Task<StreamSubscriptionHandle> SubscribeAsync(IAsyncObserver<T> observer) =>
            Track(await inner.SubscribeAsync(observer).ConfigureAwait(false));

        public async Task<StreamSubscriptionHandle> SubscribeAsync(Func<T, CancellationToken, Task> onNext) =>
            Track(await inner.SubscribeAsync(onNext).ConfigureAwait(false));

        private TrackingHandle Track(StreamSubscriptionHandle handle)
        {
            owner.Added(inner.Id);
            return new TrackingHandle(handle, owner);
        }
    }

    private sealed class TrackingHandle(StreamSubscriptionHandle inner, SubscriberTrackingStreamProvider owner) : StreamSubscriptionHandle
    {
        private int _ended;

        public override StreamId StreamId => inner.StreamId;

        public override async Task UnsubscribeAsync()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                owner.Removed(inner.StreamId);
            }

            await inner.UnsubscribeAsync().ConfigureAwait(false);
        }
    }
}
