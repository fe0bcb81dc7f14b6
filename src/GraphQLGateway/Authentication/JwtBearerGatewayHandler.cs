using System.Text.Encodings.Web;
using DigitalPost.GraphQLGateway.Authentication.Jwt;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DigitalPost.GraphQLGateway.Authentication;

/// <summary>
/// The gateway's JWT bearer scheme: reads <c>Authorization: Bearer</c>, validates with <see cref="GatewayTokenValidator"/>,
/// and answers a challenge with 401 and an RFC 6750 <c>WWW-Authenticate</c> header.
/// </summary>
public sealed class JwtBearerGatewayHandler : AuthenticationHandler<JwtBearerGatewayOptions>
{
    private readonly GatewayTokenValidatorProvider _validators;
    private JwtFailure _failure;

    public JwtBearerGatewayHandler(
        IOptionsMonitor<JwtBearerGatewayOptions> options,
        ILoggerFactory logger,
        UrlEncoder encoder,
        GatewayTokenValidatorProvider validators)
        : base(options, logger, encoder)
    {
        _validators = validators;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = GatewayTokenValidator.BearerToken(Request.Headers.Authorization.ToString());
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        var result = await _validators.Get(Scheme.Name).ValidateAsync(token, Context.RequestAborted).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            _failure = result.Failure;
            GatewayAuthenticationLog.TokenRefused(Logger, result.Failure, result.Detail);
            return AuthenticateResult.Fail("Bearer token refused: " + result.Failure);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(result.Principal!, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        WriteChallenge(Response, _failure);
        return Task.CompletedTask;
    }

    /// <summary>The scheme's challenge: 401 with an RFC 6750 <c>WWW-Authenticate</c> header naming the failure, if any.</summary>
    internal static void WriteChallenge(HttpResponse response, JwtFailure failure)
    {
        response.StatusCode = 401;
        response.Headers[HeaderNames.WWWAuthenticate] = failure == JwtFailure.None
            ? "Bearer"
            : $"Bearer error=\"invalid_token\", error_description=\"{failure}\"";
    }
}
