using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;

namespace DigitalPost.GraphQLGateway.Authentication;

public static class GatewayAuthenticationApplicationBuilderExtensions
{
    /// <summary>
    /// <c>UseAuthentication()</c>, plus: a request whose <c>Authorization</c> header carries a token that fails
    /// validation is answered 401 at once, never run as anonymous. A request without the header continues
    /// anonymously (a WebSocket authenticates in connection_init; resolvers refuse anonymous callers with UNAUTHENTICATED).
    /// </summary>
    public static IApplicationBuilder UseGatewayAuthentication(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        return app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated != true && context.Request.Headers.Authorization.Count > 0)
            {
                await context.ChallengeAsync(JwtBearerGatewayDefaults.AuthenticationScheme).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
    }
}
