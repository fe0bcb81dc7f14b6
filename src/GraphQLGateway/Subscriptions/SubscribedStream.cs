using DigitalPost.Runtime.Streams;

namespace DigitalPost.GraphQLGateway.Subscriptions;

/// <summary>
/// A response source that owns its runtime stream subscription: disposing the enumerator (the client
/// completed, the socket closed, the stream ended) unsubscribes, even when the enumeration never started.
/// </summary>
internal sealed class SubscribedStream(IAsyncEnumerable<object?> events, StreamSubscriptionHandle handle) : IAsyncEnumerable<object?>
{
    public IAsyncEnumerator<object?> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        new Enumerator(events.GetAsyncEnumerator(cancellationToken), handle);

    private sealed class Enumerator(IAsyncEnumerator<object?> inner, StreamSubscriptionHandle handle) : IAsyncEnumerator<object?>
    {
        public object? Current => inner.Current;

        public ValueTask<bool> MoveNextAsync() => inner.MoveNextAsync();

        public async ValueTask DisposeAsync()
        {
            try
            {
                await inner.DisposeAsync().ConfigureAwait(false);
            }
            finally
            {
                await handle.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
