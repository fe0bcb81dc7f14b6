namespace DigitalPost.Runtime.Streams;

/// <summary>One stream: publish with <see cref="OnNextAsync"/>, subscribe with <c>SubscribeAsync</c>.</summary>
public interface IAsyncStream<T>
{
    /// <summary>The stream's id.</summary>
    StreamId Id { get; }

    /// <summary>
    /// Publishes <paramref name="item"/> to every current subscriber. Events of one publisher reach
    /// each subscriber in the order of these calls.
    /// </summary>
    Task OnNextAsync(T item, CancellationToken cancellationToken = default);

    /// <summary>Subscribes an observer; dispose or unsubscribe the handle to stop.</summary>
    Task<StreamSubscriptionHandle> SubscribeAsync(IAsyncObserver<T> observer);

    /// <summary>Subscribes a delegate; dispose or unsubscribe the handle to stop.</summary>
    Task<StreamSubscriptionHandle> SubscribeAsync(Func<T, CancellationToken, Task> onNext);
}
