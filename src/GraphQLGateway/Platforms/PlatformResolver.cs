using System.Security.Claims;
using System.Text.Json;
using DigitalPost.GraphQL.Transport;
using DigitalPost.GraphQLGateway.Authentication;
using DigitalPost.GraphQLGateway.Localization;
using Microsoft.AspNetCore.Http;

namespace DigitalPost.GraphQLGateway.Platforms;

/// <summary>
/// Decides the platform of a request: the token's only platform claim, or — when the token allows several —
/// the <c>X-DigitalPost-Platform</c> header, which must name one of them.
/// </summary>
public static class PlatformResolver
{
    public const string HeaderName = "X-DigitalPost-Platform";

    /// <summary>The platforms a principal's token allows (claims that are not platform names are ignored: the handler already refused those).</summary>
    public static IReadOnlyList<GatewayPlatform> AllowedPlatforms(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);

        // A shared principal (a connection's memo) has one sealed identity whose claims cannot change: read them once.
        if (user is SharedGatewayPrincipal { Identity: GatewayIdentity { IsSealed: true } identity })
        {
            return identity.SealedPlatforms ??= ReadPlatforms(user).AsReadOnly();
        }

        return ReadPlatforms(user);
    }

    private static List<GatewayPlatform> ReadPlatforms(ClaimsPrincipal user)
    {
        var result = new List<GatewayPlatform>();
        foreach (var claim in user.FindAll(GatewayClaimTypes.Platform))
        {
            if (GatewayPlatform.TryParse(claim.Value, out var platform) && !result.Contains(platform))
            {
                result.Add(platform);
            }
        }

        return result;
    }

    public static PlatformResolution Resolve(ClaimsPrincipal user, string? requestedPlatform)
    {
        var allowed = AllowedPlatforms(user);
        if (string.IsNullOrWhiteSpace(requestedPlatform))
        {
            return allowed.Count switch
            {
                1 => PlatformResolution.Of(allowed[0]),
                0 => PlatformResolution.Failed(GatewayErrorCodes.PlatformRequired),

                // Several allowed and none chosen: guessing would show private post on the wrong platform.
                _ => PlatformResolution.Failed(GatewayErrorCodes.PlatformRequired),
            };
        }

        if (!GatewayPlatform.TryParse(requestedPlatform, out var requested))
        {
            return PlatformResolution.Failed(GatewayErrorCodes.PlatformUnknown);
        }

        return allowed.Contains(requested)
            ? PlatformResolution.Of(requested)
            : PlatformResolution.Failed(GatewayErrorCodes.PlatformNotAllowed);
    }

    /// <summary>
    /// Resolves for one GraphQL operation: over HTTP from the header; on a WebSocket (where browsers cannot set headers)
    /// from the <c>platform</c> member of the connection_init payload, else the upgrade request's header.
    /// </summary>
    public static PlatformResolution Resolve(GraphQLTransportContext context)
    {
        var requested = context.Connection?.InitPayload is { ValueKind: JsonValueKind.Object } payload
            && payload.TryGetProperty("platform", out var platform)
            && platform.ValueKind == JsonValueKind.String
                ? platform.GetString()
                : context.HttpContext.Request.Headers[HeaderName].ToString();
        return Resolve(context.User, requested);
    }

    /// <summary>Resolves from <c>HttpContext.User</c> and the <see cref="HeaderName"/> header.</summary>
    public static PlatformResolution Resolve(HttpContext context) =>
        Resolve(context.User, context.Request.Headers[HeaderName].ToString());
}
