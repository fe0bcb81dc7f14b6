namespace DigitalPost.Runtime.Streams;

/// <summary>Receives a stream's events, one at a time, in order.</summary>
public interface IAsyncObserver<in T>
{
    /// <summary>The next event.</summary>
    Task OnNextAsync(T item, CancellationToken cancellationToken);

    /// <summary>The subscription ended because of <paramref name="error"/> (e.g. the subscriber fell too far behind).</summary>
    Task OnErrorAsync(Exception error);
}
