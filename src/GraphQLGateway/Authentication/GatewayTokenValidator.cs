using System.Text.Json;
using DigitalPost.GraphQLGateway.Authentication.Caching;
using DigitalPost.GraphQLGateway.Authentication.Jwt;
using DigitalPost.GraphQLGateway.Authentication.Keys;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Platforms;

namespace DigitalPost.GraphQLGateway.Authentication;

/// <summary>
/// Validates a compact JWS the way the bearer handler does (signature, alg pinned by the key, iss, aud, exp/nbf/iat,
/// subject and platforms) and turns it into the gateway principal. Shared by the HTTP handler and the WebSocket
/// connection_init hook so both accept exactly the same tokens.
/// </summary>
public sealed class GatewayTokenValidator
{
    private readonly JwtBearerGatewayOptions _options;
    private readonly OidcMetadataClient? _metadata;
    private readonly ValidatedTokenCache? _cache;

    public GatewayTokenValidator(JwtBearerGatewayOptions options, OidcMetadataClient? metadata)
    {
        _options = options;
        _metadata = metadata;
        _cache = options.ValidatedTokenCacheSize > 0 ? new ValidatedTokenCache(options.ValidatedTokenCacheSize) : null;
    }

    private long _validations;

    /// <summary>How many validated tokens are cached now (0 with the cache off).</summary>
    public int CachedTokenCount => _cache?.Count ?? 0;

    /// <summary>
    /// Tokens looked at so far (every <see cref="ValidateAsync"/>, cache hits included). A request answered from its
    /// connection's memo (<see cref="GatewayAuthenticationMiddleware"/>) does not count.
    /// </summary>
    public long Validations => Interlocked.Read(ref _validations);

    public async ValueTask<TokenValidationResult> ValidateAsync(string token, CancellationToken cancellationToken) =>
        (await ValidateWithDetailsAsync(token, cancellationToken).ConfigureAwait(false)).Result;

    /// <summary>
    /// Validates like <see cref="ValidateAsync"/> and also answers what the acceptance rests on (the subject, platforms,
    /// the instant from which the token is refused as expired, the key set), or null for a refused token or one without
    /// <c>exp</c>: what the per-connection memo of <see cref="GatewayAuthenticationMiddleware"/> keeps.
    /// </summary>
    internal async ValueTask<(TokenValidationResult Result, ValidatedToken? Validated)> ValidateWithDetailsAsync(string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        Interlocked.Increment(ref _validations);
        if (_cache is null || token.Length > _options.MaxTokenLength)
        {
            return await ValidateUncachedAsync(token, cancellationToken).ConfigureAwait(false);
        }

        // A hit skips parsing and the signature check; everything that can change for an accepted token (the clock
        // reaching exp + skew, the authority's key set) is checked again on the hit.
        var digest = TokenDigest.Of(token);
        var now = _options.Clock.GetUtcNow();
        if (_cache.Get(digest, now) is { } hit && await KeySetUnchangedAsync(hit, cancellationToken).ConfigureAwait(false))
        {
            return (Success(hit.Subject, hit.Platforms), hit);
        }

        var (result, validated) = await ValidateUncachedAsync(token, cancellationToken).ConfigureAwait(false);
        if (validated is not null)
        {
            _cache.Add(digest, validated, now);
        }

        return (result, validated);
    }

    /// <summary>
    /// Whether a token this validator accepted earlier (<paramref name="validated"/>) would still be accepted now without
    /// looking at it again: the scheme's clock is before its exp + skew and, with an authority, the discovered key set is
    /// still the one it was verified with. Everything else the validation checked is a function of the token's bytes.
    /// </summary>
    internal ValueTask<bool> StillAcceptedAsync(ValidatedToken validated, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(validated);
        if (_options.Clock.GetUtcNow() >= validated.RefusedFrom)
        {
            return ValueTask.FromResult(false);
        }

        return _metadata is null ? ValueTask.FromResult(true) : KeySetUnchangedAsync(validated, cancellationToken);
    }

    private async ValueTask<bool> KeySetUnchangedAsync(ValidatedToken hit, CancellationToken cancellationToken)
    {
        if (_metadata is null)
        {
            return true;
        }

        try
        {
            return ReferenceEquals(await _metadata.GetAsync(cancellationToken).ConfigureAwait(false), hit.KeySet);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or FormatException or InvalidOperationException or OperationCanceledException)
        {
            // Let the full validation decide (and report) what an unreachable authority means.
            return false;
        }
    }

    private static TokenValidationResult Success(GatewaySubject subject, IReadOnlyList<GatewayPlatform> platforms) =>
        new(GatewayPrincipal.Create(subject, platforms, JwtBearerGatewayDefaults.AuthenticationScheme), JwtFailure.None);

    private async ValueTask<(TokenValidationResult Result, ValidatedToken? Validated)> ValidateUncachedAsync(string token, CancellationToken cancellationToken)
    {
        if (!CompactJwsParser.TryParse(token, _options.MaxTokenLength, out var jws, out var failure))
        {
            return Failed(failure);
        }

        if (!JwtAlgorithmNames.TryParse(jws!.Algorithm, out var algorithm))
        {
            return Failed(JwtFailure.AlgorithmNotAllowed, "alg " + Printable(jws.Algorithm));
        }

        JwtKeySet? discovered = null;
        if (_metadata is not null)
        {
            try
            {
                discovered = await _metadata.GetAsync(cancellationToken).ConfigureAwait(false);
                if (jws.KeyId is not null && !HasKeyId(discovered.Keys, jws.KeyId) && !HasKeyId(_options.SigningKeys, jws.KeyId))
                {
                    discovered = await _metadata.RefreshForUnknownKeyAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or FormatException or InvalidOperationException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // The authority is unreachable and nothing is cached: configured keys (if any) still work.
                if (_options.SigningKeys.Count == 0)
                {
                    return Failed(JwtFailure.MetadataUnavailable);
                }
            }
        }

        var candidates = Candidates(jws.KeyId, discovered);
        if (candidates.Count == 0)
        {
            return Failed(JwtFailure.UnknownKey);
        }

        var verified = false;
        var algorithmMatched = false;
        foreach (var key in candidates)
        {
            // The key, not the token, decides the algorithm: an HS256 token is never checked against an RSA key's bytes.
            if (key.Algorithm != algorithm)
            {
                continue;
            }

            algorithmMatched = true;
            if (key.Verify(jws.SigningInput, jws.Signature))
            {
                verified = true;
                break;
            }
        }

        if (!algorithmMatched)
        {
            return Failed(JwtFailure.AlgorithmNotAllowed, "alg " + jws.Algorithm + " does not match the key");
        }

        if (!verified)
        {
            return Failed(JwtFailure.BadSignature);
        }

        return ValidateClaims(jws.Payload, discovered);
    }

    private (TokenValidationResult Result, ValidatedToken? Validated) ValidateClaims(JsonElement payload, JwtKeySet? discovered)
    {
        var discoveredIssuer = discovered?.Issuer;
        var issuer = StringClaim(payload, "iss");
        if (issuer is null || !(_options.ValidIssuers.Contains(issuer) || (discoveredIssuer is not null && issuer == discoveredIssuer)))
        {
            return Failed(JwtFailure.WrongIssuer);
        }

        if (!Audiences(payload).Any(_options.ValidAudiences.Contains))
        {
            return Failed(JwtFailure.WrongAudience);
        }

        var now = _options.Clock.GetUtcNow();
        var skew = _options.ClockSkew;
        var exp = TimeClaim(payload, "exp", out var expMalformed);
        var nbf = TimeClaim(payload, "nbf", out var nbfMalformed);
        var iat = TimeClaim(payload, "iat", out var iatMalformed);
        if (expMalformed || nbfMalformed || iatMalformed)
        {
            return Failed(JwtFailure.Malformed, "a time claim is not a number");
        }

        if (exp is null && _options.RequireExpiration)
        {
            return Failed(JwtFailure.MissingExpiration);
        }

        if (exp is { } expires && now >= expires + skew)
        {
            return Failed(JwtFailure.Expired);
        }

        if (nbf is { } notBefore && now < notBefore - skew)
        {
            return Failed(JwtFailure.NotYetValid);
        }

        if (iat is { } issuedAt && now < issuedAt - skew)
        {
            return Failed(JwtFailure.IssuedInFuture);
        }

        if (_options.MaxTokenLifetime is { } maxLifetime && exp is { } e && e - (iat ?? nbf ?? now) > maxLifetime)
        {
            return Failed(JwtFailure.Expired, "lifetime exceeds the configured maximum");
        }

        if (!GatewaySubject.TryParse(StringClaim(payload, GatewayClaimTypes.Subject), out var subject, out _))
        {
            // The parse error may quote the CPR; it stays out of the result so it cannot reach a log.
            return Failed(JwtFailure.BadSubject);
        }

        var platforms = new List<GatewayPlatform>();
        if (payload.TryGetProperty(GatewayClaimTypes.Platform, out var platformClaim))
        {
            var names = platformClaim.ValueKind switch
            {
                JsonValueKind.String => [platformClaim.GetString()],
                JsonValueKind.Array => platformClaim.EnumerateArray().Select(p => p.ValueKind == JsonValueKind.String ? p.GetString() : null).ToList(),
                _ => new List<string?> { null },
            };
            foreach (var name in names)
            {
                if (!GatewayPlatform.TryParse(name, out var platform))
                {
                    return Failed(JwtFailure.Malformed, "unknown platform claim");
                }

                platforms.Add(platform);
            }
        }

        // Without exp the token has no end the cache could honour, so it is validated every time.
        var validated = exp is { } refusedAfter ? new ValidatedToken(subject, platforms, refusedAfter + skew, discovered) : null;
        return (Success(subject, platforms), validated);
    }

    private List<JwtSigningKey> Candidates(string? keyId, JwtKeySet? discovered)
    {
        var all = discovered is null ? _options.SigningKeys : _options.SigningKeys.Concat(discovered.Keys);
        return keyId is null
            ? all.ToList()
            : all.Where(k => k.KeyId == keyId || k.KeyId is null).ToList();
    }

    private static bool HasKeyId(IEnumerable<JwtSigningKey> keys, string keyId) => keys.Any(k => k.KeyId == keyId);

    private static string? StringClaim(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<string> Audiences(JsonElement payload)
    {
        if (!payload.TryGetProperty("aud", out var aud))
        {
            return [];
        }

        return aud.ValueKind switch
        {
            JsonValueKind.String => [aud.GetString()!],
            JsonValueKind.Array => aud.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!).ToList(),
            _ => [],
        };
    }

    private static DateTimeOffset? TimeClaim(JsonElement payload, string name, out bool malformed)
    {
        malformed = false;
        if (!payload.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var seconds) || seconds < 0 || seconds > 253402300799)
        {
            malformed = true;
            return null;
        }

        return DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000));
    }

    private static (TokenValidationResult, ValidatedToken?) Failed(JwtFailure failure, string? detail = null) =>
        (TokenValidationResult.Fail(failure, detail), null);

    private static string Printable(string value) => value.Length <= 16 ? value : value[..16] + "…";

    /// <summary>Reads a bearer token from an <c>Authorization</c> header value, or <c>null</c>.</summary>
    public static string? BearerToken(string? authorization)
    {
        const string prefix = "Bearer ";
        return authorization is not null && authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[prefix.Length..].Trim() is { Length: > 0 } token ? token : null
            : null;
    }
}
