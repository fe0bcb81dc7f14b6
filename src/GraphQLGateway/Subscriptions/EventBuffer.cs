using System.Runtime.CompilerServices;
using System.Threading.Channels;
using DigitalPost.Runtime.Streams;

namespace DigitalPost.GraphQLGateway.Subscriptions;

/// <summary>
/// The bounded queue between a runtime stream (which delivers on the thread pool and must never
/// wait for a WebSocket) and the transport's reading of the response stream. It is the stream's
/// observer: writing never blocks; when <see cref="Capacity"/> events already wait, the subscriber
/// is too slow, the buffer is marked overflowed and every later event is dropped, and the reader
/// ends with an <see cref="EventBufferItemKind.Overflowed"/> item. The runtime ending the
/// subscription because of its own backlog limit (<see cref="StreamOverflowException"/>) counts as
/// an overflow too; any other stream error is rethrown by the reader.
/// </summary>
/// <typeparam name="T">The event type.</typeparam>
public sealed class EventBuffer<T> : IAsyncObserver<T>
{
    private readonly Channel<EventBufferItem<T>> _channel;
    private volatile bool _overflowed;
    private Exception? _failure;

    /// <summary>A buffer holding at most <paramref name="capacity"/> waiting events.</summary>
    public EventBuffer(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        // One more slot than the limit, so the overflow marker always fits.
        _channel = Channel.CreateBounded<EventBufferItem<T>>(new BoundedChannelOptions(capacity + 1)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
    }

    /// <summary>The most events that may wait.</summary>
    public int Capacity { get; }

    /// <summary>True once the buffer overflowed (events are dropped from then on).</summary>
    public bool Overflowed => _overflowed;

    /// <inheritdoc />
    public Task OnNextAsync(T item, CancellationToken cancellationToken)
    {
        TryWrite(item);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task OnErrorAsync(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        lock (_channel)
        {
            if (error is StreamOverflowException)
            {
                MarkOverflowed();
            }
            else if (!_overflowed)
            {
                _failure = error;
                _channel.Writer.TryComplete();
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Queues an event; false (and overflowed from then on) when <see cref="Capacity"/> events already wait.</summary>
    public bool TryWrite(T item)
    {
        if (_overflowed)
        {
            return false;
        }

        lock (_channel)
        {
            if (_channel.Reader.Count < Capacity && _channel.Writer.TryWrite(EventBufferItem<T>.Of(item)))
            {
                return true;
            }

            MarkOverflowed();
            return false;
        }
    }

    /// <summary>Queues a signal that is not an event (e.g. a grant's expiry); dropped after an overflow.</summary>
    internal void Signal(EventBufferItem<T> signal)
    {
        lock (_channel)
        {
            if (!_overflowed)
            {
                _channel.Writer.TryWrite(signal);
            }
        }
    }

    /// <summary>
    /// The queued items in order; after an overflow the next item read is the overflow marker, whatever
    /// is still queued (the subscriber is ended rather than fed stale events).
    /// </summary>
    public async IAsyncEnumerable<EventBufferItem<T>> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await _channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (_channel.Reader.TryRead(out var item))
            {
                if (_overflowed)
                {
                    yield return EventBufferItem<T>.Overflow;
                    yield break;
                }

                yield return item;
            }
        }

        if (_failure is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    private void MarkOverflowed()
    {
        // Called under the lock: the marker is the last item written.
        if (!_overflowed)
        {
            _overflowed = true;
            _channel.Writer.TryWrite(EventBufferItem<T>.Overflow);
            _channel.Writer.TryComplete();
        }
    }
}
