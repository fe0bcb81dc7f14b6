namespace DigitalPost.GraphQLGateway.Authentication.Jwt;

/// <summary>The JWS algorithms the gateway verifies. <c>none</c> and everything else are refused.</summary>
public enum JwtAlgorithm
{
    RS256,
    ES256,
    HS256,
}
