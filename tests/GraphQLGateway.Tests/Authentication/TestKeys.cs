using System.Security.Cryptography;
using DigitalPost.GraphQLGateway.Authentication.Jwt;
using DigitalPost.GraphQLGateway.Authentication.Keys;

namespace DigitalPost.GraphQLGateway.Tests.Authentication;

/// <summary>Signing keys and a token writer for tests; the gateway is configured with their public halves.</summary>
internal sealed class TestKeys
{
    public const string Issuer = "https://idp.test/";
    public const string Audience = "digitalpost-gateway";

    public RSA Rsa { get; } = RSA.Create(2048);

    public ECDsa Ec { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public byte[] Secret { get; } = RandomNumberGenerator.GetBytes(32);

    public JwtSigningKey RsaKey => JwtSigningKey.Rsa(Rsa, "rsa-1");

    public JwtSigningKey EcKey => JwtSigningKey.EcdsaP256(Ec, "ec-1");

    public JwtSigningKey HmacKey => JwtSigningKey.Hmac(Secret, "hs-1");

    /// <summary>Configuration: the RSA key as PEM, the EC and HMAC keys as an inline JWKS.</summary>
    public Dictionary<string, string?> Configuration()
    {
        var ec = Ec.ExportParameters(false);
        return new Dictionary<string, string?>
        {
            ["Authentication:JwtBearer:ValidIssuers:0"] = Issuer,
            ["Authentication:JwtBearer:ValidAudiences:0"] = Audience,
            ["Authentication:JwtBearer:ClockSkew"] = "00:01:00",
            ["Authentication:JwtBearer:Keys:0:KeyId"] = "rsa-1",
            ["Authentication:JwtBearer:Keys:0:Pem"] = Rsa.ExportSubjectPublicKeyInfoPem(),
            ["Authentication:JwtBearer:Jwks"] = $$"""
                {"keys":[
                  {"kty":"EC","crv":"P-256","kid":"ec-1","use":"sig","x":"{{JwsBase64.Encode(ec.Q.X)}}","y":"{{JwsBase64.Encode(ec.Q.Y)}}"},
                  {"kty":"oct","kid":"hs-1","alg":"HS256","k":"{{JwsBase64.Encode(Secret)}}"}
                ]}
                """,
        };
    }

    public static Dictionary<string, object> Claims(DateTimeOffset now, string subject = "cpr:0101901234", object? platform = null) => new()
    {
        ["iss"] = Issuer,
        ["aud"] = Audience,
        ["sub"] = subject,
        ["platform"] = platform ?? "borger.dk",
        ["iat"] = now.ToUnixTimeSeconds(),
        ["nbf"] = now.ToUnixTimeSeconds(),
        ["exp"] = now.AddMinutes(30).ToUnixTimeSeconds(),
    };

    public static string Sign(JwtSigningKey key, IDictionary<string, object> claims, string? alg = null, string? kid = null) =>
        JwsWriter.Write(
            key,
            new Dictionary<string, object> { ["alg"] = alg ?? JwtAlgorithmNames.Name(key.Algorithm), ["typ"] = "JWT", ["kid"] = kid ?? key.KeyId! },
            claims);
}
