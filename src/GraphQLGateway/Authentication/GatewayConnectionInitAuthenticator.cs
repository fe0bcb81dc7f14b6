using System.Text.Json;
using DigitalPost.GraphQL.Transport;
using DigitalPost.GraphQLGateway.Authentication.Jwt;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Authentication;

/// <summary>
/// Authenticates a <c>graphql-transport-ws</c> connection from its <c>connection_init</c> payload
/// (<c>{"authorization": "Bearer …"}</c> or <c>{"token": "…"}</c>) with the same validator as the HTTP bearer scheme.
/// Browsers cannot set headers on a WebSocket, hence the payload.
/// </summary>
public sealed class GatewayConnectionInitAuthenticator
{
    private readonly GatewayTokenValidatorProvider _validators;
    private readonly ILogger<GatewayConnectionInitAuthenticator> _logger;

    public GatewayConnectionInitAuthenticator(GatewayTokenValidatorProvider validators, ILogger<GatewayConnectionInitAuthenticator> logger)
    {
        _validators = validators;
        _logger = logger;
    }

    /// <summary>The token in a payload, or <c>null</c> when it carries none.</summary>
    public static string? TokenFrom(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } p)
        {
            return null;
        }

        foreach (var property in p.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            // Clients differ in capitalisation ("Authorization" from header-minded libraries).
            if (property.Name.Equals("authorization", StringComparison.OrdinalIgnoreCase))
            {
                return GatewayTokenValidator.BearerToken(property.Value.GetString());
            }

            if (property.Name.Equals("token", StringComparison.Ordinal))
            {
                return property.Value.GetString() is { Length: > 0 } token ? token : null;
            }
        }

        return null;
    }

    /// <summary>Validates the payload's token; a payload without one fails with <see cref="JwtFailure.Malformed"/>.</summary>
    public async ValueTask<TokenValidationResult> AuthenticateAsync(JsonElement? payload, CancellationToken cancellationToken)
    {
        var token = TokenFrom(payload);
        if (token is null)
        {
            return TokenValidationResult.Fail(JwtFailure.Malformed, "no token in connection_init payload");
        }

        return await _validators.Get().ValidateAsync(token, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The <see cref="GraphQLWebSocketOptions.OnConnectionInit"/> hook: a payload token must be valid (else 4403);
    /// without one, a user the upgrade request already authenticated (Authorization header) is kept; otherwise 4403.
    /// </summary>
    public async ValueTask<GraphQLConnectionInitResult> OnConnectionInitAsync(GraphQLConnectionInitContext context)
    {
        if (TokenFrom(context.Payload) is null)
        {
            return context.HttpContext.User.Identity?.IsAuthenticated == true
                ? GraphQLConnectionInitResult.Accept()
                : Refuse(JwtFailure.Malformed);
        }

        var result = await AuthenticateAsync(context.Payload, context.CancellationToken).ConfigureAwait(false);
        return result.Succeeded ? GraphQLConnectionInitResult.Accept(result.Principal) : Refuse(result.Failure);
    }

    private GraphQLConnectionInitResult Refuse(JwtFailure failure)
    {
        GatewayAuthenticationLog.ConnectionInitRefused(_logger, failure);
        return GraphQLConnectionInitResult.Reject();
    }
}
