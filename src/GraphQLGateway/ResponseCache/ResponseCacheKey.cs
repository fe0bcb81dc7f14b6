namespace DigitalPost.GraphQLGateway.ResponseCache;

/// <summary>
/// The full identity of a cacheable request: method, subject, resolved platform, language, <c>Accept</c> and
/// <c>Content-Type</c> (which decide the response's media type), then the raw request (POST body bytes, or the GET
/// query string), as one byte array. Equality compares every byte, so a hash collision can never serve another
/// request's (or another citizen's) entry; the hash only picks the bucket.
/// </summary>
public sealed class ResponseCacheKey : IEquatable<ResponseCacheKey>
{
    private readonly int _hash;

    /// <param name="identity">The identity bytes (kept, not copied).</param>
    /// <param name="requestOffset">Where the raw request starts in <paramref name="identity"/>.</param>
    public ResponseCacheKey(byte[] identity, int requestOffset)
    {
        ArgumentNullException.ThrowIfNull(identity);
        Identity = identity;
        RequestOffset = requestOffset;
        var hash = new HashCode();
        hash.AddBytes(identity);
        _hash = hash.ToHashCode();
    }

    /// <summary>The identity bytes.</summary>
    public byte[] Identity { get; }

    /// <summary>Where the raw request (body or query string) starts in <see cref="Identity"/>.</summary>
    public int RequestOffset { get; }

    /// <summary>The raw request bytes.</summary>
    public ReadOnlyMemory<byte> Request => Identity.AsMemory(RequestOffset);

    public bool Equals(ResponseCacheKey? other) =>
        other is not null && (ReferenceEquals(this, other) || (_hash == other._hash && Identity.AsSpan().SequenceEqual(other.Identity)));

    public override bool Equals(object? obj) => Equals(obj as ResponseCacheKey);

    public override int GetHashCode() => _hash;
}
