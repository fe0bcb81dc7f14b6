namespace DigitalPost.Runtime.Streams;

/// <summary>Adapts a delegate subscription to <see cref="IAsyncObserver{T}"/>.</summary>
internal sealed class DelegateObserver<T>(Func<T, CancellationToken, Task> onNext) : IAsyncObserver<T>
{
    public Task OnNextAsync(T item, CancellationToken cancellationToken) => onNext(item, cancellationToken);

    public Task OnErrorAsync(Exception error) => Task.CompletedTask;
}
