using DigitalPost.Runtime.Diagnostics;

namespace DigitalPost.Runtime.Streams;

/// <summary>One in-memory stream: a copy-on-write list of subscriptions.</summary>
internal sealed class InMemoryStream<T>(StreamId id, InMemoryStreamProvider provider) : IAsyncStream<T>
{
    private readonly Lock _gate = new();
    private InMemorySubscription<T>[] _subscriptions = [];

    public StreamId Id => id;

    public Task OnNextAsync(T item, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // Enqueueing happens synchronously in call order, which is what orders one publisher's events.
        foreach (var subscription in Volatile.Read(ref _subscriptions))
        {
            subscription.Enqueue(item);
        }

        return Task.CompletedTask;
    }

    public Task<StreamSubscriptionHandle> SubscribeAsync(IAsyncObserver<T> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        var subscription = new InMemorySubscription<T>(this, observer, provider.SubscriptionLimit);
        lock (_gate)
        {
            _subscriptions = [.. _subscriptions, subscription];
        }

        return Task.FromResult<StreamSubscriptionHandle>(subscription);
    }

    public Task<StreamSubscriptionHandle> SubscribeAsync(Func<T, CancellationToken, Task> onNext)
    {
        ArgumentNullException.ThrowIfNull(onNext);
        return SubscribeAsync(new DelegateObserver<T>(onNext));
    }

    internal void Remove(InMemorySubscription<T> subscription)
    {
        lock (_gate)
        {
            _subscriptions = [.. _subscriptions.Where(s => s != subscription)];
        }
    }

    internal void ReportFailure(Exception error) => RuntimeLog.StreamSubscriberFailed(provider.Logger, error, id.ToString());

    internal void ReportOverflow(int limit) => RuntimeLog.StreamSubscriptionOverflow(provider.Logger, id.ToString(), limit);
}
