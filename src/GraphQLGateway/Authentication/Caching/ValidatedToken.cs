using DigitalPost.GraphQLGateway.Authentication.Keys;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Platforms;

namespace DigitalPost.GraphQLGateway.Authentication.Caching;

/// <summary>
/// What a successful validation established about one token: its subject and platforms, the instant from which the
/// validator would refuse it as expired (<c>exp</c> + clock skew), and the discovered key set it was verified against
/// (<c>null</c> without an OpenID Connect authority), so a key rotation makes the entry useless.
/// </summary>
internal sealed record ValidatedToken(GatewaySubject Subject, IReadOnlyList<GatewayPlatform> Platforms, DateTimeOffset RefusedFrom, JwtKeySet? KeySet);
