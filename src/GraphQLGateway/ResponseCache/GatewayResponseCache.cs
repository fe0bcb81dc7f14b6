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
public sealed class GatewayResponseCache
{
    private readonly IOptionsMonitor<ResponseCacheOptions> _options;
    private readonly TimeProvider _time;
    private readonly Lazy<CacheableOperationAnalyzer> _analyzer;

    public GatewayResponseCache(IOptionsMonitor<ResponseCacheOptions> options, ResponseCacheStore store, ResponseCacheMetrics metrics, GatewayComposition composition, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(composition);
        _options = options;
        Store = store;
        Metrics = metrics;
        _time = time;
        _analyzer = new Lazy<CacheableOperationAnalyzer>(() => new CacheableOperationAnalyzer(composition.Schema));
    }

    /// <summary>The options now.</summary>
    public ResponseCacheOptions Options => _options.CurrentValue;

    /// <summary>The entries.</summary>
    public ResponseCacheStore Store { get; }

    /// <summary>Hit, miss, stale, bypass and store counts.</summary>
    public ResponseCacheMetrics Metrics { get; }

    /// <summary>The cacheability verdicts of the served schema.</summary>
    public CacheableOperationAnalyzer Analyzer => _analyzer.Value;

    /// <summary>
    /// The entry for <paramref name="key"/> if it is still valid for <paramref name="current"/> (same version, younger
    /// than MaxAge); a stored entry that is not is removed and counted stale, a missing one counted as a miss.
    /// </summary>
    public ResponseCacheEntry? Find(ResponseCacheKey key, MailboxVersion current)
    {
        if (!Store.TryGet(key, out var entry))
        {
            Metrics.Miss();
            return null;
        }

        if (entry!.Version != current || _time.GetUtcNow() - entry.StoredAt > Options.MaxAge)
        {
            Store.Remove(entry);
            Metrics.StaleEntry();
            return null;
        }

        Metrics.Hit();
        return entry;
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
}
