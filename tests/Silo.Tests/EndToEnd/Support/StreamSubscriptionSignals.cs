using DigitalPost.Runtime.Streams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalPost.Silo.Tests.EndToEnd.Support;

/// <summary>
/// Wraps the silo's <see cref="IStreamProvider"/> and counts open subscriptions per stream, with waits on the
/// count: a test subscribes over the WebSocket, then waits until the gateway's subscription to the runtime
/// stream exists before it acts (graphql-transport-ws has no "subscribed" acknowledgement), and can wait for
/// the count to drop when a subscription must have ended.
/// </summary>
public sealed class StreamSubscriptionSignals(IStreamProvider inner) : IStreamProvider
{
    private readonly Dictionary<StreamId, int> _counts = [];
    private readonly List<(StreamId Id, Func<int, bool> Condition, TaskCompletionSource Signal)> _waiters = [];

    /// <summary>Open subscriptions to <paramref name="id"/> right now.</summary>
    public int Count(StreamId id)
    {
        lock (_counts)
        {
            return _counts.GetValueOrDefault(id);
        }
    }

    /// <summary>Completes once <paramref name="id"/> has at least <paramref name="count"/> open subscriptions.</summary>
    public Task WaitForAtLeastAsync(StreamId id, int count, TimeSpan? patience = null) => WaitAsync(id, n => n >= count, patience, $"at least {count}");

    /// <summary>Completes once <paramref name="id"/> has at most <paramref name="count"/> open subscriptions.</summary>
    public Task WaitForAtMostAsync(StreamId id, int count, TimeSpan? patience = null) => WaitAsync(id, n => n <= count, patience, $"at most {count}");

    /// <inheritdoc />
    public IAsyncStream<T> GetStream<T>(StreamId id) => new SignallingStream<T>(inner.GetStream<T>(id), this);

    /// <summary>Replaces the silo's stream provider registration with one wrapped in the returned signals (call before Build).</summary>
    internal static Func<StreamSubscriptionSignals> Install(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IStreamProvider))
            ?? throw new InvalidOperationException("The silo registers no IStreamProvider.");
        services.RemoveAll<IStreamProvider>();
        StreamSubscriptionSignals? created = null;
        services.AddSingleton<IStreamProvider>(sp => created = new StreamSubscriptionSignals(Create(sp, registered)));
        return () => created ?? throw new InvalidOperationException("The stream provider has not been created yet.");
    }

    private static IStreamProvider Create(IServiceProvider services, ServiceDescriptor descriptor) => descriptor switch
    {
        { ImplementationInstance: IStreamProvider instance } => instance,
        { ImplementationFactory: { } factory } => (IStreamProvider)factory(services),
        { ImplementationType: { } type } => (IStreamProvider)ActivatorUtilities.CreateInstance(services, type),
        _ => throw new InvalidOperationException("The silo's IStreamProvider registration cannot be wrapped."),
    };

    private async Task WaitAsync(StreamId id, Func<int, bool> condition, TimeSpan? patience, string what)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_counts)
        {
            if (condition(_counts.GetValueOrDefault(id)))
            {
                return;
            }

            _waiters.Add((id, condition, signal));
        }

        var limit = patience ?? GraphQLWebSocketClient.DefaultPatience;
        try
        {
            await signal.Task.WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Stream {id} did not reach {what} subscriptions within {limit} (it has {Count(id)}).");
        }
    }

    private void Change(StreamId id, int delta)
    {
        lock (_counts)
        {
            var count = _counts.GetValueOrDefault(id) + delta;
            _counts[id] = count;
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Id == id && _waiters[i].Condition(count))
                {
                    _waiters[i].Signal.TrySetResult();
                    _waiters.RemoveAt(i);
                }
            }
        }
    }

    private sealed class SignallingStream<T>(IAsyncStream<T> stream, StreamSubscriptionSignals owner) : IAsyncStream<T>
    {
        public StreamId Id => stream.Id;

        public Task OnNextAsync(T item, CancellationToken cancellationToken = default) => stream.OnNextAsync(item, cancellationToken);

        public async Task<StreamSubscriptionHandle> SubscribeAsync(IAsyncObserver<T> observer) => Track(await stream.SubscribeAsync(observer));

        public async Task<StreamSubscriptionHandle> SubscribeAsync(Func<T, CancellationToken, Task> onNext) => Track(await stream.SubscribeAsync(onNext));

        private SignallingHandle Track(StreamSubscriptionHandle handle)
        {
            owner.Change(stream.Id, +1);
            return new SignallingHandle(handle, owner);
        }
    }

    private sealed class SignallingHandle(StreamSubscriptionHandle handle, StreamSubscriptionSignals owner) : StreamSubscriptionHandle
    {
        private int _ended;

        public override StreamId StreamId => handle.StreamId;

        public override async Task UnsubscribeAsync()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                owner.Change(handle.StreamId, -1);
            }

            await handle.UnsubscribeAsync();
        }
    }
}
