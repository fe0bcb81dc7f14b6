using System.Collections.Concurrent;

namespace DigitalPost.GraphQLGateway.Authentication.Caching;

/// <summary>
/// A bounded cache of tokens that passed <see cref="GatewayTokenValidator"/>, so a client that sends the same bearer token
/// on every request pays for the signature check (ECDSA P-256 verification is ~100 µs) once, not per request.
/// Only successes are stored: a refused token is validated again every time and never answered from here. An entry is
/// used only before the instant the validator would start refusing the token as expired (<c>exp</c> + clock skew), and
/// only while the authority's discovered key set is the one the token was verified against. Tokens without <c>exp</c>
/// are not cached. Revocation is unchanged: a JWT is not revocable, it lives until its <c>exp</c> either way.
/// When the cache holds <see cref="Capacity"/> entries, expired ones are dropped and, if it is still full, about a tenth
/// of the rest (in no particular order) so adding stays cheap on average.
/// </summary>
internal sealed class ValidatedTokenCache
{
    private readonly ConcurrentDictionary<TokenDigest, ValidatedToken> _entries = new();
    private readonly Lock _trim = new();

    public ValidatedTokenCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    /// <summary>Most entries held at once.</summary>
    public int Capacity { get; }

    public int Count => _entries.Count;

    /// <summary>The entry for <paramref name="digest"/> when it is still good at <paramref name="now"/>; an expired one is removed.</summary>
    public ValidatedToken? Get(TokenDigest digest, DateTimeOffset now)
    {
        if (!_entries.TryGetValue(digest, out var entry))
        {
            return null;
        }

        if (now >= entry.RefusedFrom)
        {
            _entries.TryRemove(new KeyValuePair<TokenDigest, ValidatedToken>(digest, entry));
            return null;
        }

        return entry;
    }

    /// <summary>Remembers a validated token (only called for successes).</summary>
    public void Add(TokenDigest digest, ValidatedToken entry, DateTimeOffset now)
    {
        if (_entries.Count >= Capacity && !_entries.ContainsKey(digest))
        {
            Trim(now);
        }

        _entries[digest] = entry;
    }

    private void Trim(DateTimeOffset now)
    {
        lock (_trim)
        {
            if (_entries.Count < Capacity)
            {
                return;
            }

            foreach (var (digest, entry) in _entries)
            {
                if (now >= entry.RefusedFrom)
                {
                    _entries.TryRemove(digest, out _);
                }
            }

            var excess = _entries.Count - (Capacity - Math.Max(1, Capacity / 10));
            foreach (var digest in _entries.Keys)
            {
                if (excess-- <= 0)
                {
                    break;
                }

                _entries.TryRemove(digest, out _);
            }
        }
    }
}
