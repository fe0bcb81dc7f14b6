using System.Security.Claims;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Platforms;

namespace DigitalPost.GraphQLGateway.Authentication;

/// <summary>Builds and reads the gateway's <see cref="ClaimsPrincipal"/>.</summary>
public static class GatewayPrincipal
{
    public static ClaimsPrincipal Create(GatewaySubject subject, IEnumerable<GatewayPlatform> platforms, string authenticationType)
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

        return new ClaimsPrincipal(new GatewayIdentity(claims, authenticationType, subject, value));
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
