using System.Security.Claims;
using DigitalPost.GraphQLGateway.Authentication.Caching;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.Authentication;

/// <summary>
/// The gateway's HTTP authentication (in place of ASP.NET Core's <c>UseAuthentication()</c> for the bearer scheme, whose
/// handler instance, <c>AuthenticateResult</c> and ticket per request were a tenth of a cached inbox read): a request
/// without <c>Authorization</c> continues anonymously; one whose header is not an accepted bearer token is answered 401 at
/// once (never run as anonymous), with the scheme's RFC 6750 challenge; an accepted token becomes <c>HttpContext.User</c>.
/// Validation is <see cref="GatewayTokenValidator"/>'s (the same as the WebSocket connection_init's and the scheme
/// handler's, which stays registered for explicit <c>AuthenticateAsync</c>/<c>ChallengeAsync</c> calls).
/// <para>
/// <b>Per-connection memo</b> (docs/gateway.md, "Fixed cost of a request"): on HTTP/1.x, whose requests on a connection
/// run one after the other, the connection remembers the last accepted <c>Authorization</c> header string with what its
/// validation established (<see cref="ConnectionTokenMemo"/>). The next request with the same header (ordinal) skips the
/// token digest and the validated-token cache, but is still refused from exp + clock skew by the scheme's clock, and
/// with an OpenID Connect authority whenever the key set changed (<see cref="GatewayTokenValidator.StillAcceptedAsync"/>).
/// Only accepted tokens are remembered; a refused or different header is validated in full (and a refused one forgets the
/// memo). The memo holds the header string Kestrel already keeps for the connection and dies with it. Switch:
/// <see cref="JwtBearerGatewayOptions.ConnectionMemo"/>.
/// </para>
/// </summary>
public sealed class GatewayAuthenticationMiddleware
{
    private static readonly object MemoKey = new();

    private readonly RequestDelegate _next;
    private readonly GatewayTokenValidatorProvider _validators;
    private readonly IOptionsMonitor<JwtBearerGatewayOptions> _options;
    private readonly ILogger _logger;

    public GatewayAuthenticationMiddleware(RequestDelegate next, GatewayTokenValidatorProvider validators, IOptionsMonitor<JwtBearerGatewayOptions> options, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        _next = next;
        _validators = validators;
        _options = options;

        // The category the scheme handler logs refusals under, so a refusal reads the same whichever path saw it.
        _logger = loggers.CreateLogger(typeof(JwtBearerGatewayHandler).FullName!);
    }

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers.Authorization;
        if (header.Count == 0)
        {
            return _next(context);
        }

        var authorization = header.Count == 1 ? header[0]! : header.ToString();
        var items = MemoItems(context);
        if (items is not null && items.TryGetValue(MemoKey, out var value) && value is ConnectionTokenMemo memo && memo.Matches(authorization))
        {
            var accepted = _validators.Get().StillAcceptedAsync(memo.Token, context.RequestAborted);
            if (accepted.IsCompletedSuccessfully && accepted.Result)
            {
                SignIn(context, memo.Principal);
                return _next(context);
            }

            return AwaitMemoAsync(context, accepted, memo, authorization, items);
        }

        return ValidateAsync(context, authorization, items);
    }

    private async Task AwaitMemoAsync(HttpContext context, ValueTask<bool> accepted, ConnectionTokenMemo memo, string authorization, IDictionary<object, object?> items)
    {
        if (await accepted.ConfigureAwait(false))
        {
            SignIn(context, memo.Principal);
            await _next(context).ConfigureAwait(false);
            return;
        }

        await ValidateAsync(context, authorization, items).ConfigureAwait(false);
    }

    private async Task ValidateAsync(HttpContext context, string authorization, IDictionary<object, object?>? items)
    {
        // Whatever happens next, the remembered header is no longer this connection's current one.
        items?.Remove(MemoKey);
        var token = GatewayTokenValidator.BearerToken(authorization);
        if (token is null)
        {
            // Not a bearer token (another scheme, or empty): the scheme's plain challenge, as the framework's handler gives.
            JwtBearerGatewayHandler.WriteChallenge(context.Response, Jwt.JwtFailure.None);
            return;
        }

        var (result, validated) = await _validators.Get().ValidateWithDetailsAsync(token, context.RequestAborted).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            GatewayAuthenticationLog.TokenRefused(_logger, result.Failure, result.Detail);
            JwtBearerGatewayHandler.WriteChallenge(context.Response, result.Failure);
            return;
        }

        var principal = result.Principal!;
        if (items is not null && validated is not null)
        {
            // One sealed principal for this and the connection's next requests with the same header.
            principal = GatewayPrincipal.CreateShared(validated.Subject, validated.Platforms, JwtBearerGatewayDefaults.AuthenticationScheme);
            items[MemoKey] = new ConnectionTokenMemo(authorization, validated, principal);
        }

        SignIn(context, principal);
        await _next(context).ConfigureAwait(false);
    }

    /// <summary>The connection's items when a memo may be used: HTTP/1.x (one request at a time per connection) and switched on.</summary>
    private IDictionary<object, object?>? MemoItems(HttpContext context)
    {
        var protocol = context.Request.Protocol;
        if (!(HttpProtocol.IsHttp11(protocol) || HttpProtocol.IsHttp10(protocol)) || !_options.Get(JwtBearerGatewayDefaults.AuthenticationScheme).ConnectionMemo)
        {
            return null;
        }

        return context.Features.Get<IConnectionItemsFeature>()?.Items;
    }

    private static void SignIn(HttpContext context, ClaimsPrincipal principal)
    {
        var features = new GatewayAuthenticationFeatures(principal, JwtBearerGatewayDefaults.AuthenticationScheme);
        context.Features.Set<IHttpAuthenticationFeature>(features);
        context.Features.Set<IAuthenticateResultFeature>(features);
    }
}
