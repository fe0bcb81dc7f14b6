using System.Security.Claims;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Platforms;

namespace DigitalPost.GraphQLGateway.Authentication;

/// <summary>Builds and reads the gateway's <see cref="ClaimsPrincipal"/>.</summary>
public static class GatewayPrincipal
{
    public static ClaimsPrincipal Create(GatewaySubject subject, IEnumerable<GatewayPlatform> platforms, string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(GatewayClaimTypes.Subject, subject.Value),
            new(GatewayClaimTypes.SubjectKind, subject.Kind.ToString()),
            new(GatewayClaimTypes.MaskedSubject, subject.Masked),
        };
        foreach (var platform in platforms.Distinct())
        {
            claims.Add(new Claim(GatewayClaimTypes.Platform, platform.Name));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, GatewayClaimTypes.MaskedSubject, null));
    }

    /// <summary>The caller's subject, or <c>null</c> for an anonymous or foreign principal.</summary>
    public static GatewaySubject? GetSubject(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && GatewaySubject.TryParse(user.FindFirst(GatewayClaimTypes.Subject)?.Value, out var subject, out _)
            ? subject
            : null;
}
