using Microsoft.AspNetCore.Builder;

namespace DigitalPost.GraphQLGateway.Authentication;

public static class GatewayAuthenticationApplicationBuilderExtensions
{
    /// <summary>The key <c>UseAuthentication()</c> sets on the application builder, and <c>WebApplication</c> looks for before adding it by itself.</summary>
    internal const string AuthenticationMiddlewareSetKey = "__AuthenticationMiddlewareSet";

    /// <summary>
    /// The gateway's bearer authentication (<see cref="GatewayAuthenticationMiddleware"/>) in place of
    /// <c>UseAuthentication()</c>: a request whose <c>Authorization</c> header is not an accepted bearer token is answered
    /// 401 at once, never run as anonymous. A request without the header continues anonymously (a WebSocket
    /// authenticates in connection_init; resolvers refuse anonymous callers with UNAUTHENTICATED).
    /// </summary>
    public static IApplicationBuilder UseGatewayAuthentication(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // WebApplication adds ASP.NET Core's authentication middleware at the start of the pipeline whenever
        // authentication services are registered, unless this key says authentication is in place: without it every
        // request would be authenticated twice (the framework's handler per request is what this middleware avoids).
        app.Properties[AuthenticationMiddlewareSetKey] = true;
        return app.UseMiddleware<GatewayAuthenticationMiddleware>();
    }
}
