namespace DigitalPost.GraphQL.Execution;

/// <summary>
/// The request's loaders and the bookkeeping that decides when to dispatch them: the executor counts
/// field executions that are doing work (<see cref="EnterWork()"/>/<see cref="ExitWork()"/>; a field that
/// only awaits its children does not count) and loaders count callers waiting for keys
/// (<see cref="Blocked"/>). When no field is doing anything except wait for a loader, the pending keys
/// are dispatched, one batch per loader.
/// </summary>
internal sealed class DataLoaderScope(CancellationToken cancellationToken)
{
    // Created on first use: most requests never use a loader, and the scope exists for every request.
    private Dictionary<string, object>? _loaders;
    private List<IDataLoaderDispatch>? _pending;
    private int _active;
    private volatile bool _hasPending;

    public object Gate => this;

    /// <summary>Callers waiting on undelivered keys (guarded by <see cref="Gate"/>).</summary>
    public int Blocked { get; set; }

    public DataLoader<TKey, TValue> GetOrCreate<TKey, TValue>(string name, BatchLoadFunction<TKey, TValue> batch)
        where TKey : notnull
    {
        lock (Gate)
        {
            _loaders ??= new Dictionary<string, object>(StringComparer.Ordinal);
            if (_loaders.TryGetValue(name, out var existing))
            {
                return existing as DataLoader<TKey, TValue>
                    ?? throw new InvalidOperationException($"DataLoader \"{name}\" was created with other key or value types.");
            }

            var loader = new DataLoader<TKey, TValue>(this, batch);
            _loaders[name] = loader;
            return loader;
        }
    }

    public void EnterWork() => Interlocked.Increment(ref _active);

    /// <summary>Counts <paramref name="count"/> field executions at once (a selection set's fields).</summary>
    public void EnterWork(int count) => Interlocked.Add(ref _active, count);

    public void ExitWork()
    {
        Interlocked.Decrement(ref _active);
        if (_hasPending)
        {
            TryDispatch();
        }
    }

    /// <summary>Stops counting <paramref name="count"/> field executions at once.</summary>
    public void ExitWork(int count)
    {
        Interlocked.Add(ref _active, -count);
        if (_hasPending)
        {
            TryDispatch();
        }
    }

    /// <summary>Called under <see cref="Gate"/> when a loader gets its first pending key.</summary>
    public void MarkPending(IDataLoaderDispatch loader)
    {
        _pending ??= [];
        if (!_pending.Contains(loader))
        {
            _pending.Add(loader);
        }

        _hasPending = true;
    }

    public void TryDispatch()
    {
        if (!_hasPending)
        {
            return;
        }

        IDataLoaderDispatch[] ready;
        lock (Gate)
        {
            if (_pending is null || _pending.Count == 0 || Volatile.Read(ref _active) > Blocked)
            {
                return;
            }

            ready = [.. _pending];
            _pending.Clear();
            _hasPending = false;
        }

        foreach (var loader in ready)
        {
            loader.Dispatch(cancellationToken);
        }
    }
}
