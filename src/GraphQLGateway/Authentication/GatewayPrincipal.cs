using System.Security.Claims;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Platforms;

namespace DigitalPost.GraphQLGateway.Authentication;

/// <summary>Builds and reads the gateway's <see cref="ClaimsPrincipal"/>.</summary>
public static class GatewayPrincipal
{
    public static ClaimsPrincipal Create(GatewaySubject subject, IEnumerable<GatewayPlatform> platforms, string authenticationType) =>
        new(CreateIdentity(subject, platforms, authenticationType, sealedClaims: false));

    /// <summary>
    /// The same principal, for several requests to use one after the other (the per-connection memo of
    /// <see cref="GatewayAuthenticationMiddleware"/>): its claims cannot be changed and no identity can be added, so one
    /// request cannot leave anything behind for the next; <c>Clone()</c> gives a changeable copy.
    /// </summary>
    internal static ClaimsPrincipal CreateShared(GatewaySubject subject, IEnumerable<GatewayPlatform> platforms, string authenticationType) =>
        new SharedGatewayPrincipal(CreateIdentity(subject, platforms, authenticationType, sealedClaims: true));

    private static GatewayIdentity CreateIdentity(GatewaySubject subject, IEnumerable<GatewayPlatform> platforms, string authenticationType, bool sealedClaims)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var value = subject.Value;
        var claims = new List<Claim>
        {
            new(GatewayClaimTypes.Subject, value),
            new(GatewayClaimTypes.SubjectKind, subject.Kind.ToString()),
            new(GatewayClaimTypes.MaskedSubject, subject.Masked),
        };
        foreach (var platform in platforms.Distinct())
        {
            claims.Add(new Claim(GatewayClaimTypes.Platform, platform.Name));
        }

        return new GatewayIdentity(claims, authenticationType, subject, value, sealedClaims);
    }

    /// <summary>The caller's subject, or <c>null</c> for an anonymous or foreign principal.</summary>
    public static GatewaySubject? GetSubject(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var value = user.FindFirst(GatewayClaimTypes.Subject)?.Value;

        // The same string instance as at creation means the claim was not replaced: its parse is the kept subject.
        if (user.Identity is GatewayIdentity identity && value is not null && ReferenceEquals(value, identity.SubjectValue))
        {
            return identity.Subject;
        }

        return GatewaySubject.TryParse(value, out var subject, out _) ? subject : null;
    }
}
