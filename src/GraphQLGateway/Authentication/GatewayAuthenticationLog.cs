using DigitalPost.GraphQLGateway.Authentication.Jwt;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Authentication;

/// <summary>The gateway authentication's log messages. None carries a token or an unmasked CPR.</summary>
public static partial class GatewayAuthenticationLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Bearer token refused: {Failure} {Detail}")]
    public static partial void TokenRefused(ILogger logger, JwtFailure failure, string? detail);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Development token issued for {Subject} on {Platform}")]
    public static partial void DevTokenIssued(ILogger logger, string subject, string platform);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "WebSocket connection_init refused: {Failure}")]
    public static partial void ConnectionInitRefused(ILogger logger, JwtFailure failure);

    /// <summary>What the silo prints at start-up in Development so a developer can get and use a token.</summary>
    [LoggerMessage(
        EventId = 5100,
        Level = LogLevel.Information,
        Message = "Development sign-in: get a token with\n" +
                  "  curl -s -X POST {BaseUrl}/auth/dev-token -H 'Content-Type: application/json' -d '{{\"subject\":\"cpr:0101901234\",\"platform\":\"borger.dk\"}}'\n" +
                  "  (subject: cpr:<10 digits> | cvr:<8 digits>/cpr:<10 digits> | authority:<id> | staff:<municipality code>; platform: borger.dk | app | e-boks | mit.dk)\n" +
                  "then send it as 'Authorization: Bearer <token>' to {BaseUrl}/graphql, or as {{\"authorization\":\"Bearer <token>\"}} in the WebSocket connection_init payload.\n" +
                  "Open {BaseUrl}/graphql in a browser for GraphiQL (paste the token into its Token field). Tokens are valid for {Lifetime}.")]
    public static partial void DevelopmentSignInHowTo(ILogger logger, string baseUrl, TimeSpan lifetime);
}
