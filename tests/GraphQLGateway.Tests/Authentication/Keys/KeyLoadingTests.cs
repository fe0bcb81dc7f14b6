using System.Security.Cryptography;
using System.Text;
using DigitalPost.GraphQLGateway.Authentication.Jwt;
using DigitalPost.GraphQLGateway.Authentication.Keys;

namespace DigitalPost.GraphQLGateway.Tests.Authentication.Keys;

public sealed class KeyLoadingTests
{
    private static readonly byte[] Input = Encoding.ASCII.GetBytes("header.payload");

    [Fact]
    public void Pem_public_keys_load_with_the_algorithm_their_type_fixes()
    {
        using var rsa = RSA.Create(2048);
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var spki = PemKeyLoader.Load(rsa.ExportSubjectPublicKeyInfoPem(), "a");
        var pkcs1 = PemKeyLoader.Load(rsa.ExportRSAPublicKeyPem(), "b");
        var ecKey = PemKeyLoader.Load(ec.ExportSubjectPublicKeyInfoPem(), "c");

        Assert.Equal(JwtAlgorithm.RS256, spki.Algorithm);
        Assert.True(pkcs1.Verify(Input, rsa.SignData(Input, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)));
        Assert.Equal(JwtAlgorithm.ES256, ecKey.Algorithm);
        Assert.True(ecKey.Verify(Input, ec.SignData(Input, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)));
    }

    [Fact]
    public void Private_key_pem_is_refused()
    {
        using var rsa = RSA.Create(2048);

        Assert.Throws<FormatException>(() => PemKeyLoader.Load(rsa.ExportPkcs8PrivateKeyPem(), "a"));
    }

    [Fact]
    public void Weak_keys_are_refused()
    {
        using var small = RSA.Create(1024);
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        Assert.Throws<ArgumentException>(() => JwtSigningKey.Rsa(small));
        Assert.Throws<ArgumentException>(() => JwtSigningKey.EcdsaP256(p384));
        Assert.Throws<ArgumentException>(() => JwtSigningKey.Hmac(new byte[31]));
    }

    [Fact]
    public void Jwks_skips_encryption_keys_and_other_algorithms_and_oct_keys_from_an_authority()
    {
        using var rsa = RSA.Create(2048);
        var p = rsa.ExportParameters(false);
        var n = JwsBase64.Encode(p.Modulus);
        var e = JwsBase64.Encode(p.Exponent);
        var k = JwsBase64.Encode(new byte[32]);
        var json = $$"""
            {"keys":[
              {"kty":"RSA","kid":"sig","use":"sig","n":"{{n}}","e":"{{e}}"},
              {"kty":"RSA","kid":"enc","use":"enc","n":"{{n}}","e":"{{e}}"},
              {"kty":"RSA","kid":"ps","alg":"PS256","n":"{{n}}","e":"{{e}}"},
              {"kty":"oct","kid":"hs","k":"{{k}}"}
            ]}
            """;

        Assert.Equal(["sig", "hs"], JwksParser.Parse(json, allowSymmetric: true).Select(key => key.KeyId));
        Assert.Equal(["sig"], JwksParser.Parse(json, allowSymmetric: false).Select(key => key.KeyId));
    }

    [Theory]
    [InlineData("""{"keys":{}}""")]
    [InlineData("""{"nokeys":[]}""")]
    [InlineData("""{"keys":[{"kty":"RSA","n":"a+b/","e":"AQAB"}]}""")]
    public void Malformed_jwks_is_a_format_error(string json) =>
        Assert.Throws<FormatException>(() => JwksParser.Parse(json, allowSymmetric: false));

    [Theory]
    [InlineData("", true)]
    [InlineData("AQAB", true)]
    [InlineData("AQ", true)]
    [InlineData("AQ==", false)]
    [InlineData("A+/B", false)]
    [InlineData("A", false)]
    public void Base64url_accepts_only_the_unpadded_url_alphabet(string text, bool valid) =>
        Assert.Equal(valid, JwsBase64.TryDecode(text, out _));
}
