using System.Security.Cryptography;
using DigitalPost.GraphQLGateway.Authentication.Jwt;
using DigitalPost.GraphQLGateway.Authentication.Keys;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Platforms;

namespace DigitalPost.GraphQLGateway.Authentication.Development;

/// <summary>Signs development tokens with a key the bearer handler trusts in Development only.</summary>
public sealed class DevTokenIssuer
{
    private readonly TimeProvider _time;

    public DevTokenIssuer(DevTokenOptions options, TimeProvider time)
        : this(options, CreateKey(options), time)
    {
    }

    /// <param name="key">A key with private material (from <see cref="CreateKey"/>), shared with the bearer handler.</param>
    public DevTokenIssuer(DevTokenOptions options, JwtSigningKey key, TimeProvider time)
    {
        Options = options;
        Key = key;
        _time = time;
    }

    /// <summary>The configured HMAC secret, or a new P-256 key for this process.</summary>
    public static JwtSigningKey CreateKey(DevTokenOptions options) =>
        options.SigningKey is { } secret
            ? JwtSigningKey.Hmac(Convert.FromBase64String(secret), options.KeyId)
            : JwtSigningKey.EcdsaP256(ECDsa.Create(ECCurve.NamedCurves.nistP256), options.KeyId);

    public DevTokenOptions Options { get; }

    /// <summary>The signing key; it verifies too, so it is added to the handler's keys.</summary>
    public JwtSigningKey Key { get; }

    public string Issue(GatewaySubject subject, GatewayPlatform platform)
    {
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var header = new Dictionary<string, object> { ["alg"] = JwtAlgorithmNames.Name(Key.Algorithm), ["typ"] = "JWT", ["kid"] = Options.KeyId };
        var payload = new Dictionary<string, object>
        {
            ["iss"] = Options.Issuer,
            ["aud"] = Options.Audience,
            ["sub"] = subject.Value,
            ["platform"] = platform.Name,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + (long)Options.Lifetime.TotalSeconds,
            ["jti"] = Guid.NewGuid().ToString("N"),
        };
        return JwsWriter.Write(Key, header, payload);
    }
}
