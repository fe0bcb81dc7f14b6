namespace DigitalPost.Runtime.Streams;

/// <summary>One subscriber's ordered queue and its single delivery loop.</summary>
internal sealed class InMemorySubscription<T>(InMemoryStream<T> stream, IAsyncObserver<T> observer, int limit) : StreamSubscriptionHandle
{
    private readonly Lock _gate = new();
    private readonly Queue<T> _queue = new();
    private readonly CancellationTokenSource _unsubscribed = new();
    private bool _delivering;
    private bool _ended;

    public override StreamId StreamId => stream.Id;

    public override Task UnsubscribeAsync()
    {
        End();
        return Task.CompletedTask;
    }

    public void Enqueue(T item)
    {
        var overflow = false;
        var start = false;
        lock (_gate)
        {
            if (_ended)
            {
                return;
            }

            if (_queue.Count >= limit)
            {
                overflow = true;
            }
            else
            {
                _queue.Enqueue(item);
                if (!_delivering)
                {
                    _delivering = true;
                    start = true;
                }
            }
        }

        if (overflow)
        {
            End();
            stream.ReportOverflow(limit);
            _ = NotifyErrorAsync(new StreamOverflowException(stream.Id, limit));
        }
        else if (start)
        {
            _ = Task.Run(DeliverAsync);
        }
    }

    private void End()
    {
        lock (_gate)
        {
            if (_ended)
            {
                return;
            }

            _ended = true;
            _queue.Clear();
        }

        stream.Remove(this);
        _unsubscribed.Cancel();
    }

    private async Task DeliverAsync()
    {
        while (true)
        {
            T item;
            lock (_gate)
            {
                if (_ended || _queue.Count == 0)
                {
                    _delivering = false;
                    return;
                }

                item = _queue.Dequeue();
            }

            try
            {
                await observer.OnNextAsync(item, _unsubscribed.Token).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                // One failing event must not end the subscription or reorder the rest; a failure
                // caused by unsubscribing mid-delivery is expected and not reported.
                if (!_unsubscribed.IsCancellationRequested)
                {
                    stream.ReportFailure(e);
                }
            }
        }
    }

    private async Task NotifyErrorAsync(Exception error)
    {
        try
        {
            await observer.OnErrorAsync(error).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            stream.ReportFailure(e);
        }
    }
}
