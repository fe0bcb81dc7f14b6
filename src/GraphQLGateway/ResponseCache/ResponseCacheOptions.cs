namespace DigitalPost.GraphQLGateway.ResponseCache;

/// <summary>
/// <c>Gateway:ResponseCache</c>: the versioned cache of citizens' repeated reads of their own mailbox (docs/gateway.md,
/// "Response cache"). Read on every request (<c>IOptionsMonitor</c>), so a configuration reload takes effect at once;
/// the store's bounds apply from the next store.
/// </summary>
public sealed class ResponseCacheOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway:ResponseCache";

    /// <summary>Whether responses are cached and served from the cache at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Most entries kept; when full, the least recently used entry goes.</summary>
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>Largest response body kept (bytes); larger responses are answered but not stored.</summary>
    public int MaxEntryBytes { get; set; } = 256 * 1024;

    /// <summary>Most bytes all entries (bodies and request identities) may hold together; least recently used go first.</summary>
    public long MaxTotalBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Largest request (POST body or GET query string, bytes) that is looked up; larger ones pass uncached.</summary>
    public int MaxRequestBytes { get; set; } = 16 * 1024;

    /// <summary>
    /// Safety net: an entry older than this is not served even when its mailbox version is unchanged (the version is what
    /// keeps entries exact; this bounds the damage of a change path that failed to bump it).
    /// </summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(5);
}
