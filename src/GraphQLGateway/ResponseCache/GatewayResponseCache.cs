using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace DigitalPost.GraphQLGateway.ResponseCache;

/// <summary>
/// The versioned response cache (docs/gateway.md, "Response cache"): the store, its bounds and validity rules, the
/// cacheability analyzer of the served schema, and the counters. <see cref="ResponseCacheMiddleware"/> looks entries up;
/// <see cref="ResponseCacheCapture"/> stores them. Registered as a singleton.
/// </summary>
public sealed class GatewayResponseCache : IDisposable
{
    private readonly IOptionsMonitor<ResponseCacheOptions> _options;
    private readonly TimeProvider _time;
    private readonly Lazy<CacheableOperationAnalyzer> _analyzer;
    private readonly IDisposable? _onChange;

    public GatewayResponseCache(IOptionsMonitor<ResponseCacheOptions> options, ResponseCacheStore store, ResponseCacheMetrics metrics, GatewayComposition composition, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(composition);
        _options = options;
        Store = store;
        Metrics = metrics;
        _time = time;
        _analyzer = new Lazy<CacheableOperationAnalyzer>(() => new CacheableOperationAnalyzer(composition.Schema));

        // Switched off by a configuration reload: let go of the memory at once (nothing is served while off anyway).
        _onChange = options.OnChange(current =>
        {
            if (!current.Enabled)
            {
                Store.Clear();
            }
        });
    }

    /// <summary>The options now.</summary>
    public ResponseCacheOptions Options => _options.CurrentValue;

    /// <summary>The entries.</summary>
    public ResponseCacheStore Store { get; }

    /// <summary>Hit, miss, stale, bypass and store counts.</summary>
    public ResponseCacheMetrics Metrics { get; }

    /// <summary>The cacheability verdicts of the served schema.</summary>
    public CacheableOperationAnalyzer Analyzer => _analyzer.Value;

    /// <summary>The stored entry or mark for <paramref name="key"/> (marked most recently used), or null.</summary>
    public ResponseCacheEntry? Find(ResponseCacheKey key) => Store.TryGet(key, out var entry) ? entry : null;

    /// <summary>Whether <paramref name="entry"/> may answer a request now: a response of version <paramref name="current"/> younger than MaxAge.</summary>
    public bool IsValid(ResponseCacheEntry entry, MailboxVersion current)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.HasResponse && entry.Version == current && _time.GetUtcNow() - entry.StoredAt <= Options.MaxAge;
    }

    /// <summary>Marks a request seen once whose operation is cacheable (the next one stores its response).</summary>
    internal void Mark(ResponseCacheKey key)
    {
        var options = Options;
        if (options.Enabled && Store.TryGet(key, out _) is false)
        {
            Store.Set(ResponseCacheEntry.Mark(key, _time.GetUtcNow()), options.MaxEntries, options.MaxTotalBytes);
        }
    }

    /// <summary>Keeps a captured response, within MaxEntryBytes, MaxEntries and MaxTotalBytes.</summary>
    internal void Keep(ResponseCacheKey key, MailboxVersion version, int statusCode, IReadOnlyList<KeyValuePair<string, StringValues>> headers, ReadOnlySpan<byte> body, string operationName)
    {
        var options = Options;
        if (!options.Enabled)
        {
            return;
        }

        if (body.Length > options.MaxEntryBytes)
        {
            Metrics.EntryTooLarge();
            return;
        }

        Store.Set(new ResponseCacheEntry(key, version, statusCode, headers, body.ToArray(), _time.GetUtcNow(), operationName), options.MaxEntries, options.MaxTotalBytes);
        Metrics.StoredEntry();
    }

    public void Dispose() => _onChange?.Dispose();
}
