using System.Security.Cryptography;
using System.Text.Json;
using DigitalPost.GraphQLGateway.Authentication.Jwt;

namespace DigitalPost.GraphQLGateway.Authentication.Keys;

/// <summary>Reads a JSON Web Key Set (RFC 7517): RSA, EC P-256 and (for inline configuration only) oct keys.</summary>
public static class JwksParser
{
    /// <param name="allowSymmetric">Whether <c>oct</c> keys are taken: never for keys fetched from an authority, which publishes public keys only.</param>
    public static IReadOnlyList<JwtSigningKey> Parse(string json, bool allowSymmetric)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("A JWKS must be an object with a \"keys\" array.");
        }

        var result = new List<JwtSigningKey>();
        foreach (var jwk in keys.EnumerateArray())
        {
            // Keys meant for encryption, or for an algorithm we do not verify, are skipped rather than failing the set.
            if (String(jwk, "use") is { } use && use != "sig")
            {
                continue;
            }

            var kid = String(jwk, "kid");
            var alg = String(jwk, "alg");
            JwtSigningKey? key;
            try
            {
                key = String(jwk, "kty") switch
                {
                    "RSA" when alg is null or "RS256" => JwtSigningKey.Rsa(ReadRsa(jwk), kid),
                    "EC" when alg is null or "ES256" => String(jwk, "crv") == "P-256" ? JwtSigningKey.EcdsaP256(ReadEc(jwk), kid) : null,
                    "oct" when allowSymmetric && (alg is null or "HS256") => JwtSigningKey.Hmac(Bytes(jwk, "k"), kid),
                    _ => null,
                };
            }
            catch (Exception ex) when (ex is ArgumentException or CryptographicException)
            {
                throw new FormatException($"JWK '{kid}' is not a usable key: {ex.Message}", ex);
            }

            if (key is not null)
            {
                result.Add(key);
            }
        }

        return result;
    }

    private static RSA ReadRsa(JsonElement jwk)
    {
        var rsa = RSA.Create();
        rsa.ImportParameters(new RSAParameters { Modulus = Bytes(jwk, "n"), Exponent = Bytes(jwk, "e") });
        return rsa;
    }

    private static ECDsa ReadEc(JsonElement jwk) => ECDsa.Create(new ECParameters
    {
        Curve = ECCurve.NamedCurves.nistP256,
        Q = new ECPoint { X = Bytes(jwk, "x"), Y = Bytes(jwk, "y") },
    });

    private static string? String(JsonElement jwk, string name) =>
        jwk.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static byte[] Bytes(JsonElement jwk, string name) =>
        String(jwk, name) is { } text && JwsBase64.TryDecode(text, out var bytes) && bytes.Length > 0
            ? bytes
            : throw new FormatException($"JWK member \"{name}\" is missing or not base64url.");
}
