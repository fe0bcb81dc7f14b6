using System.Security.Cryptography;

namespace DigitalPost.GraphQLGateway.Authentication.Keys;

/// <summary>Loads a PEM public key (SubjectPublicKeyInfo, or PKCS#1 RSA) as an RS256 or ES256 verification key.</summary>
public static class PemKeyLoader
{
    public static JwtSigningKey Load(string pem, string? keyId)
    {
        if (pem.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            // A verifier never needs the private half; refusing it keeps secrets out of gateway configuration.
            throw new FormatException($"Key '{keyId}' is a private key; configure the public key only.");
        }

        // ImportFromPem reads SPKI and PKCS#1 RSA public keys; an EC SPKI makes it throw, so EC is tried next.
        try
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return JwtSigningKey.Rsa(rsa, keyId);
        }
        catch (CryptographicException)
        {
            var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(pem);
            return JwtSigningKey.EcdsaP256(ecdsa, keyId);
        }
    }
}
