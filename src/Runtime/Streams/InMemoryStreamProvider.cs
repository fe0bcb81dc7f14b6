using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigitalPost.Runtime.Streams;

/// <summary>
/// Streams within one silo. Each subscription has its own ordered queue and delivers one event at a
/// time on the thread pool, so a slow subscriber delays only itself; <see cref="IAsyncStream{T}.OnNextAsync"/>
/// returns once the event is queued for every subscriber. Delivery runs outside any grain turn.
/// </summary>
public sealed class InMemoryStreamProvider(IOptions<GrainRuntimeOptions> options, ILogger<InMemoryStreamProvider> logger) : IStreamProvider
{
    private readonly ConcurrentDictionary<(StreamId Id, Type ItemType), object> _streams = new();

    /// <inheritdoc />
    public IAsyncStream<T> GetStream<T>(StreamId id)
        => (IAsyncStream<T>)_streams.GetOrAdd((id, typeof(T)), static (key, self) => new InMemoryStream<T>(key.Id, self), this);

    internal int SubscriptionLimit => options.Value.MaxQueuedEventsPerSubscription;

    internal ILogger Logger => logger;
}
