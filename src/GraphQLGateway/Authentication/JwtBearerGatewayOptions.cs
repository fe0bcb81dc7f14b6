using DigitalPost.GraphQLGateway.Authentication.Keys;
using Microsoft.AspNetCore.Authentication;

namespace DigitalPost.GraphQLGateway.Authentication;

/// <summary>
/// Options of the gateway's JWT bearer scheme (configuration section <c>Authentication:JwtBearer</c>, see docs/gateway-auth.md).
/// </summary>
public sealed class JwtBearerGatewayOptions : AuthenticationSchemeOptions
{
    /// <summary>Accepted <c>iss</c> values; with an <see cref="Authority"/> the discovered issuer is accepted too.</summary>
    public IList<string> ValidIssuers { get; } = [];

    /// <summary>Accepted <c>aud</c> values; a token must name at least one. Empty refuses every token.</summary>
    public IList<string> ValidAudiences { get; } = [];

    /// <summary>Tolerance for exp/nbf/iat against the gateway's clock.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Keys from configuration (PEM public keys, inline or file JWKS).</summary>
    public IList<JwtSigningKey> SigningKeys { get; } = [];

    /// <summary>OpenID Connect authority (production): keys come from its discovery document's <c>jwks_uri</c>.</summary>
    public Uri? Authority { get; set; }

    /// <summary>Whether the authority must be https (off only for tests and development against a local authority).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How long fetched keys are used before they are fetched again.</summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The least time between two fetches triggered by a token with an unknown kid (so junk kids cannot hammer the authority).</summary>
    public TimeSpan UnknownKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest accepted token, in characters.</summary>
    public int MaxTokenLength { get; set; } = 16 * 1024;

    /// <summary>Whether a token without <c>exp</c> is refused.</summary>
    public bool RequireExpiration { get; set; } = true;

    /// <summary>Longest lifetime (exp − iat) accepted for a token; <c>null</c> for no limit.</summary>
    public TimeSpan? MaxTokenLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Most validated tokens remembered so a repeated token skips the signature check (docs/gateway.md, "Performance");
    /// 0 turns the cache off. Only accepted tokens with an <c>exp</c> are cached, each until its exp + <see cref="ClockSkew"/>.
    /// </summary>
    public int ValidatedTokenCacheSize { get; set; } = 10_000;

    /// <summary>
    /// Whether an HTTP/1.x connection remembers the last accepted <c>Authorization</c> header, so its next request with the
    /// same header skips the token digest and cache (expiry and key set are still checked on every request; see
    /// <see cref="GatewayAuthenticationMiddleware"/>). Default <c>true</c>.
    /// </summary>
    public bool ConnectionMemo { get; set; } = true;

    /// <summary>The clock: <see cref="AuthenticationSchemeOptions.TimeProvider"/> (the DI container's), else the system clock.</summary>
    internal TimeProvider Clock => TimeProvider ?? TimeProvider.System;
}
