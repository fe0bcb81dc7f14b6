namespace DigitalPost.GraphQL.Operations;

/// <summary>Running totals of a <see cref="GraphQLRequestPipeline"/> (for metrics, and for tests that check what a request skipped).</summary>
public sealed class RequestPipelineCounters
{
    private long _parses;
    private long _validations;
    private long _cacheHits;
    private long _persistedLookups;
    private long _analyses;
    private long _costEstimates;

    /// <summary>Documents parsed.</summary>
    public long Parses => Interlocked.Read(ref _parses);

    /// <summary>Documents validated.</summary>
    public long Validations => Interlocked.Read(ref _validations);

    /// <summary>Requests served from the document cache (no parse, no validation).</summary>
    public long CacheHits => Interlocked.Read(ref _cacheHits);

    /// <summary>Persisted document store lookups.</summary>
    public long PersistedLookups => Interlocked.Read(ref _persistedLookups);

    /// <summary>Operations measured for the limits (once per operation node while its document stays cached).</summary>
    public long Analyses => Interlocked.Read(ref _analyses);

    /// <summary>Cost estimates made for one request's variables (operations whose cost reads a variable, after their first request).</summary>
    public long CostEstimates => Interlocked.Read(ref _costEstimates);

    internal void Parsed() => Interlocked.Increment(ref _parses);

    internal void Validated() => Interlocked.Increment(ref _validations);

    internal void CacheHit() => Interlocked.Increment(ref _cacheHits);

    internal void PersistedLookup() => Interlocked.Increment(ref _persistedLookups);

    internal void Analysed() => Interlocked.Increment(ref _analyses);

    internal void CostEstimated() => Interlocked.Increment(ref _costEstimates);
}
