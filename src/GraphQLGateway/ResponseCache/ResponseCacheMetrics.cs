using System.Diagnostics.Metrics;

namespace DigitalPost.GraphQLGateway.ResponseCache;

/// <summary>
/// The response cache's instruments (meter <c>DigitalPost.Gateway.ResponseCache</c>, exported at <c>/metrics</c>):
/// <c>gateway_response_cache_requests_total{result}</c> with <c>hit</c> (served from the cache), <c>miss</c> (no entry),
/// <c>stale</c> (an entry whose mailbox version or age no longer holds), <c>bypass</c> (not eligible: not a citizen,
/// unresolved platform, request too large, version unavailable); <c>gateway_response_cache_stores_total{outcome}</c> with
/// <c>stored</c>, <c>too_large</c>; and the entries and bytes held. The counts are also readable in-process
/// (<see cref="Hits"/> ...), which is how tests prove a hit without timing.
/// </summary>
public sealed class ResponseCacheMetrics : IDisposable
{
    public const string MeterName = "DigitalPost.Gateway.ResponseCache";

    private readonly Meter _meter;
    private readonly Counter<long> _requests;
    private readonly Counter<long> _stores;
    private long _hits;
    private long _misses;
    private long _stale;
    private long _bypassed;
    private long _stored;
    private long _tooLarge;

    public ResponseCacheMetrics(ResponseCacheStore store, IMeterFactory? meterFactory = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _requests = _meter.CreateCounter<long>("gateway.response_cache.requests", "{request}", "GraphQL HTTP requests the response cache looked at, by result (hit, miss, stale, bypass).");
        _stores = _meter.CreateCounter<long>("gateway.response_cache.stores", "{response}", "Cacheable responses offered to the cache, by outcome (stored, too_large).");
        _meter.CreateObservableGauge("gateway.response_cache.entries", () => store.Count, "{entry}", "Entries held.");
        _meter.CreateObservableGauge("gateway.response_cache.bytes", () => store.Bytes, "By", "Bytes held (bodies and request identities).");
        _meter.CreateObservableCounter("gateway.response_cache.evictions", () => store.Evictions, "{entry}", "Entries evicted to stay within MaxEntries/MaxTotalBytes.");
    }

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public long Stale => Interlocked.Read(ref _stale);

    public long Bypassed => Interlocked.Read(ref _bypassed);

    public long Stored => Interlocked.Read(ref _stored);

    public long TooLarge => Interlocked.Read(ref _tooLarge);

    internal void Hit() => Count(ref _hits, "hit");

    internal void Miss() => Count(ref _misses, "miss");

    internal void StaleEntry() => Count(ref _stale, "stale");

    internal void Bypass() => Count(ref _bypassed, "bypass");

    internal void StoredEntry()
    {
        Interlocked.Increment(ref _stored);
        _stores.Add(1, new KeyValuePair<string, object?>("outcome", "stored"));
    }

    internal void EntryTooLarge()
    {
        Interlocked.Increment(ref _tooLarge);
        _stores.Add(1, new KeyValuePair<string, object?>("outcome", "too_large"));
    }

    public void Dispose() => _meter.Dispose();

    private void Count(ref long field, string result)
    {
        Interlocked.Increment(ref field);
        _requests.Add(1, new KeyValuePair<string, object?>("result", result));
    }
}
