using System.Net;
using System.Security.Cryptography;
using DigitalPost.GraphQLGateway.Authentication.Keys;
using DigitalPost.Testing.Time;

namespace DigitalPost.GraphQLGateway.Tests.Authentication.Caching;

/// <summary>A cached token counts only while the authority still publishes the key set it was verified with.</summary>
public sealed class ValidatedTokenKeyRotationTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private readonly ManualTimeProvider _time = new(Start);
    private readonly RSA _first = RSA.Create(2048);
    private readonly RSA _second = RSA.Create(2048);
    private OidcAuthorityServer _authority = null!;
    private GatewayTestServer _gateway = null!;

    public async Task InitializeAsync()
    {
        _authority = await OidcAuthorityServer.StartAsync();
        _authority.Publish(("k1", _first));
        _gateway = await GatewayTestServer.StartAsync(
            "Production",
            new Dictionary<string, string?>
            {
                ["Authentication:JwtBearer:Authority"] = _authority.Authority.AbsoluteUri,
                ["Authentication:JwtBearer:RequireHttpsMetadata"] = "false",
                ["Authentication:JwtBearer:ValidAudiences:0"] = TestKeys.Audience,
                ["Authentication:JwtBearer:MetadataRefreshInterval"] = "00:10:00",
            },
            _time);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _authority.DisposeAsync();
    }

    [Fact]
    public async Task The_same_cached_token_is_refused_once_its_key_is_no_longer_published()
    {
        var claims = TestKeys.Claims(Start);
        claims["iss"] = _authority.Issuer;
        var token = TestKeys.Sign(JwtSigningKey.Rsa(_first, "k1"), claims);
        using (var first = await _gateway.GetWithTokenAsync("whoami", token))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using (var cached = await _gateway.GetWithTokenAsync("whoami", token))
        {
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        }

        _authority.Publish(("k2", _second));
        _time.Advance(TimeSpan.FromMinutes(10));

        using var rotated = await _gateway.GetWithTokenAsync("whoami", token);
        Assert.Equal(HttpStatusCode.Unauthorized, rotated.StatusCode);
    }
}
