namespace DigitalPost.GraphQLGateway.ResponseCache;

/// <summary>
/// The bounded entry store: a dictionary plus a least-recently-used list under one lock (the critical sections are a
/// lookup and a list move). When a store would exceed <c>MaxEntries</c> or <c>MaxTotalBytes</c>, least recently used
/// entries go first. Validity (version, age) is the caller's business; the store only keeps and bounds.
/// </summary>
public sealed class ResponseCacheStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<ResponseCacheKey, LinkedListNode<ResponseCacheEntry>> _entries = [];
    private readonly LinkedList<ResponseCacheEntry> _recency = new();
    private long _bytes;
    private long _evictions;

    /// <summary>Entries held now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Bytes held now (<see cref="ResponseCacheEntry.Size"/> summed).</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Entries dropped to make room so far.</summary>
    public long Evictions => Interlocked.Read(ref _evictions);

    /// <summary>The entry for <paramref name="key"/>, marked most recently used.</summary>
    public bool TryGet(ResponseCacheKey key, out ResponseCacheEntry? entry)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                entry = node.Value;
                return true;
            }
        }

        entry = null;
        return false;
    }

    /// <summary>Stores (or replaces) an entry, then evicts least recently used entries beyond the bounds.</summary>
    /// <returns>How many entries were evicted.</returns>
    public int Set(ResponseCacheEntry entry, int maxEntries, long maxTotalBytes)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var evicted = 0;
        lock (_lock)
        {
            if (_entries.Remove(entry.Key, out var existing))
            {
                _recency.Remove(existing);
                _bytes -= existing.Value.Size;
            }

            if (maxEntries <= 0 || entry.Size > maxTotalBytes)
            {
                return 0;
            }

            _entries[entry.Key] = _recency.AddFirst(entry);
            _bytes += entry.Size;
            while (_entries.Count > maxEntries || _bytes > maxTotalBytes)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
                _bytes -= oldest.Value.Size;
                evicted++;
            }

            _evictions += evicted;
        }

        return evicted;
    }

    /// <summary>Removes <paramref name="entry"/> if it is still the one stored under its key (a newer one stays).</summary>
    public void Remove(ResponseCacheEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_lock)
        {
            if (_entries.TryGetValue(entry.Key, out var node) && ReferenceEquals(node.Value, entry))
            {
                _entries.Remove(entry.Key);
                _recency.Remove(node);
                _bytes -= entry.Size;
            }
        }
    }

    /// <summary>Drops everything (the cache was switched off).</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            _recency.Clear();
            _bytes = 0;
        }
    }
}
