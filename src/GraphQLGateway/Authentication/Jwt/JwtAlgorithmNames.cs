namespace DigitalPost.GraphQLGateway.Authentication.Jwt;

/// <summary>The <c>alg</c> header names (RFC 7518 §3.1), matched case-sensitively as the RFC requires.</summary>
public static class JwtAlgorithmNames
{
    public static bool TryParse(string? name, out JwtAlgorithm algorithm)
    {
        switch (name)
        {
            case "RS256":
                algorithm = JwtAlgorithm.RS256;
                return true;
            case "ES256":
                algorithm = JwtAlgorithm.ES256;
                return true;
            case "HS256":
                algorithm = JwtAlgorithm.HS256;
                return true;
            default:
                algorithm = default;
                return false;
        }
    }

    public static string Name(JwtAlgorithm algorithm) => algorithm switch
    {
        JwtAlgorithm.RS256 => "RS256",
        JwtAlgorithm.ES256 => "ES256",
        JwtAlgorithm.HS256 => "HS256",
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };
}
