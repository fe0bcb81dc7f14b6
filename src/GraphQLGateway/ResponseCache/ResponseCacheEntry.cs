using DigitalPost.Grains.Interfaces.Mailboxes;
using Microsoft.Extensions.Primitives;

namespace DigitalPost.GraphQLGateway.ResponseCache;

/// <summary>
/// A stored response, valid while the mailbox's version is still <see cref="Version"/> and it is younger than MaxAge; or,
/// without a response (<see cref="HasResponse"/> false), the mark that this request was seen once and is cacheable, so
/// the next one reads the version and stores its response.
/// </summary>
/// <param name="Key">The request identity.</param>
/// <param name="Version">The viewer's own mailbox version read before the operation executed.</param>
/// <param name="StatusCode">The response status (always 200 today).</param>
/// <param name="Headers">The headers the GraphQL endpoint set (Content-Type, Vary, ...).</param>
/// <param name="Body">The response body bytes.</param>
/// <param name="StoredAt">When it was stored (<see cref="TimeProvider.GetUtcNow"/>).</param>
/// <param name="OperationName">The log-safe operation name for the request log.</param>
public sealed record ResponseCacheEntry(
    ResponseCacheKey Key,
    MailboxVersion Version,
    int StatusCode,
    IReadOnlyList<KeyValuePair<string, StringValues>> Headers,
    byte[] Body,
    DateTimeOffset StoredAt,
    string OperationName)
{
    /// <summary>The mark of a request seen once whose operation is cacheable (no response kept yet).</summary>
    public static ResponseCacheEntry Mark(ResponseCacheKey key, DateTimeOffset now) => new(key, default, 0, [], [], now, string.Empty) { HasResponse = false };

    /// <summary>False for a <see cref="Mark"/>.</summary>
    public bool HasResponse { get; init; } = true;

    /// <summary>What the entry costs in memory, roughly: body, identity and a fixed overhead.</summary>
    public long Size => Body.Length + Key.Identity.Length + 256;
}
