using System.Security.Claims;

namespace DigitalPost.GraphQLGateway.Authentication.Caching;

/// <summary>
/// What an HTTP/1.x connection remembers about the last bearer token it presented and the gateway accepted: the exact
/// <c>Authorization</c> header string (which Kestrel itself keeps for the connection's lifetime: it reuses the previous
/// request's header string when the bytes are equal, so this holds no credential Kestrel does not already hold), the
/// validation's facts (<see cref="ValidatedToken"/>: expiry instant and key set, checked again on every use) and one
/// sealed principal the connection's requests share (<see cref="GatewayPrincipal.CreateShared"/>).
/// </summary>
internal sealed class ConnectionTokenMemo(string authorization, ValidatedToken token, ClaimsPrincipal principal)
{
    public string Authorization { get; } = authorization;

    public ValidatedToken Token { get; } = token;

    public ClaimsPrincipal Principal { get; } = principal;

    /// <summary>Whether <paramref name="authorization"/> is the remembered header (ordinal; usually the very same string).</summary>
    public bool Matches(string authorization) =>
        ReferenceEquals(authorization, Authorization) || string.Equals(authorization, Authorization, StringComparison.Ordinal);
}
