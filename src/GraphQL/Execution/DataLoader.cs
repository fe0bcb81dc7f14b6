namespace DigitalPost.GraphQL.Execution;

/// <summary>
/// A per-request batching loader against N+1 queries (obtain it with
/// <see cref="ResolverContext.DataLoader{TKey, TValue}"/>). Keys requested while a wave of
/// resolvers runs are collected; when every running resolver of the request is waiting on a
/// loader, each loader with pending keys makes one batch call. Results (and failures) are cached
/// per key for the rest of the request.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IDataLoaderDispatch
    where TKey : notnull
{
    private readonly BatchLoadFunction<TKey, TValue> _batch;
    private readonly DataLoaderScope _scope;
    private readonly Dictionary<TKey, Entry> _entries = [];
    private List<TKey> _pending = [];

    internal DataLoader(DataLoaderScope scope, BatchLoadFunction<TKey, TValue> batch)
    {
        _scope = scope;
        _batch = batch;
    }

    /// <summary>The number of batch calls made so far.</summary>
    public int BatchCount { get; private set; }

    /// <summary>Loads one key; completes when its batch has run.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        Entry entry;
        lock (_scope.Gate)
        {
            if (_entries.TryGetValue(key, out entry!))
            {
                if (entry.Delivered)
                {
                    return entry.Source.Task;
                }

                entry.Waiters++;
            }
            else
            {
                entry = new Entry();
                _entries[key] = entry;
                _pending.Add(key);
                _scope.MarkPending(this);
            }

            _scope.Blocked++;
        }

        _scope.TryDispatch();
        return entry.Source.Task;
    }

    /// <summary>Loads several keys (in one batch with every other key of the wave).</summary>
    public async Task<TValue?[]> LoadManyAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var tasks = keys.Select(LoadAsync).ToArray();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    void IDataLoaderDispatch.Dispatch(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        lock (_scope.Gate)
        {
            keys = _pending;
            _pending = [];
        }

        if (keys.Count == 0)
        {
            return;
        }

        BatchCount++;
        _ = RunBatchAsync(keys, cancellationToken);
    }

    private async Task RunBatchAsync(List<TKey> keys, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<TKey, TValue>? results = null;
        Exception? failure = null;
        try
        {
            results = await _batch(keys, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        var entries = new Entry[keys.Count];
        lock (_scope.Gate)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                entries[i] = _entries[keys[i]];
                entries[i].Delivered = true;
                _scope.Blocked -= entries[i].Waiters;
            }
        }

        for (var i = 0; i < keys.Count; i++)
        {
            if (failure is not null)
            {
                entries[i].Source.TrySetException(failure);
            }
            else
            {
                entries[i].Source.TrySetResult(results!.TryGetValue(keys[i], out var value) ? value : default);
            }
        }

        // Waiters that were satisfied may have been the only work left besides other pending keys.
        _scope.TryDispatch();
    }

    private sealed class Entry
    {
        public TaskCompletionSource<TValue?> Source { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Waiters { get; set; } = 1;

        public bool Delivered { get; set; }
    }
}
