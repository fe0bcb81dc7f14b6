using System.Security.Cryptography;
using DigitalPost.GraphQLGateway.Authentication.Jwt;

namespace DigitalPost.GraphQLGateway.Authentication.Keys;

/// <summary>
/// A verification key. Its type fixes the one algorithm it verifies (RSA → RS256, P-256 → ES256, secret → HS256),
/// so a token cannot pick a different algorithm for the same key material (algorithm confusion).
/// </summary>
public sealed class JwtSigningKey
{
    private readonly RSA? _rsa;
    private readonly ECDsa? _ecdsa;
    private readonly byte[]? _secret;

    private JwtSigningKey(string? keyId, JwtAlgorithm algorithm, RSA? rsa, ECDsa? ecdsa, byte[]? secret)
    {
        KeyId = keyId;
        Algorithm = algorithm;
        _rsa = rsa;
        _ecdsa = ecdsa;
        _secret = secret;
    }

    /// <summary>The <c>kid</c> tokens name, or <c>null</c> for a key tried against tokens without a matching kid.</summary>
    public string? KeyId { get; }

    public JwtAlgorithm Algorithm { get; }

    /// <summary>Shortest accepted HMAC secret: RFC 7518 §3.2 asks for a key at least as long as the hash.</summary>
    public const int MinimumSecretBytes = 32;

    public static JwtSigningKey Rsa(RSA rsa, string? keyId = null)
    {
        if (rsa.KeySize < 2048)
        {
            throw new ArgumentException($"RSA key '{keyId}' has {rsa.KeySize} bits; RS256 needs at least 2048.", nameof(rsa));
        }

        return new JwtSigningKey(keyId, JwtAlgorithm.RS256, rsa, null, null);
    }

    public static JwtSigningKey EcdsaP256(ECDsa ecdsa, string? keyId = null)
    {
        if (ecdsa.KeySize != 256)
        {
            throw new ArgumentException($"EC key '{keyId}' is {ecdsa.KeySize} bits; ES256 needs P-256.", nameof(ecdsa));
        }

        return new JwtSigningKey(keyId, JwtAlgorithm.ES256, null, ecdsa, null);
    }

    public static JwtSigningKey Hmac(byte[] secret, string? keyId = null)
    {
        if (secret.Length < MinimumSecretBytes)
        {
            throw new ArgumentException($"HMAC secret '{keyId}' has {secret.Length} bytes; HS256 needs at least {MinimumSecretBytes}.", nameof(secret));
        }

        return new JwtSigningKey(keyId, JwtAlgorithm.HS256, null, null, (byte[])secret.Clone());
    }

    public bool Verify(ReadOnlySpan<byte> signingInput, ReadOnlySpan<byte> signature) => Algorithm switch
    {
        JwtAlgorithm.RS256 => _rsa!.VerifyData(signingInput, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),

        // JWS carries ES256 signatures as the raw r||s pair (RFC 7518 §3.4), which is .NET's IEEE P1363 format.
        JwtAlgorithm.ES256 => signature.Length == 64 && _ecdsa!.VerifyData(signingInput, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
        JwtAlgorithm.HS256 => VerifyHmac(signingInput, signature),
        _ => false,
    };

    /// <summary>Signs (only for keys holding private material: the development issuer and tests).</summary>
    public byte[] Sign(ReadOnlySpan<byte> signingInput) => Algorithm switch
    {
        JwtAlgorithm.RS256 => _rsa!.SignData(signingInput.ToArray(), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        JwtAlgorithm.ES256 => _ecdsa!.SignData(signingInput, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
        JwtAlgorithm.HS256 => HMACSHA256.HashData(_secret!, signingInput),
        _ => throw new InvalidOperationException(),
    };

    private bool VerifyHmac(ReadOnlySpan<byte> signingInput, ReadOnlySpan<byte> signature)
    {
        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(_secret!, signingInput, expected);
        return CryptographicOperations.FixedTimeEquals(expected, signature);
    }
}
