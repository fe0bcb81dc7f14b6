using System.Net;
using System.Security.Cryptography;
using DigitalPost.GraphQLGateway.Authentication.Keys;
using DigitalPost.Testing.Time;

namespace DigitalPost.GraphQLGateway.Tests.Authentication;

public sealed class OidcDiscoveryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private readonly ManualTimeProvider _time = new(Start);
    private readonly RSA _first = RSA.Create(2048);
    private readonly RSA _second = RSA.Create(2048);
    private readonly RSA _third = RSA.Create(2048);
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
                ["Authentication:JwtBearer:UnknownKeyRefreshInterval"] = "00:01:00",
                ["Authentication:JwtBearer:MetadataRefreshInterval"] = "01:00:00",
            },
            _time);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _authority.DisposeAsync();
    }

    [Fact]
    public async Task Keys_and_issuer_come_from_the_discovery_document_and_are_cached()
    {
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(_first, "k1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(_first, "k1")).StatusCode);

        Assert.Equal(1, _authority.DiscoveryRequests);
        Assert.Equal(1, _authority.JwksRequests);
    }

    [Fact]
    public async Task Token_from_another_issuer_is_refused_even_with_a_published_key()
    {
        var claims = TestKeys.Claims(Start);
        claims["iss"] = "https://not-the-authority.test/";

        using var response = await _gateway.GetWithTokenAsync("whoami", TestKeys.Sign(JwtSigningKey.Rsa(_first, "k1"), claims));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_kid_fetches_the_keys_again_so_a_rotation_is_picked_up()
    {
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(_first, "k1")).StatusCode);
        _authority.Publish(("k1", _first), ("k2", _second));
        _time.Advance(TimeSpan.FromMinutes(2));

        using var rotated = await GetAsync(_second, "k2");

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.Equal(2, _authority.JwksRequests);
    }

    [Fact]
    public async Task Unknown_kid_refreshes_at_most_once_per_interval()
    {
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(_first, "k1")).StatusCode);
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(_third, "k3")).StatusCode);
        _authority.Publish(("k1", _first), ("k3", _third));

        // Within the interval another unknown kid does not reach the authority.
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(_third, "k3")).StatusCode);
        Assert.Equal(2, _authority.JwksRequests);

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(_third, "k3")).StatusCode);
        Assert.Equal(3, _authority.JwksRequests);
    }

    [Fact]
    public async Task Keys_are_fetched_again_after_the_refresh_interval()
    {
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(_first, "k1")).StatusCode);
        _authority.Publish(("k2", _second));
        _time.Advance(TimeSpan.FromHours(1));

        // The first key is no longer published: once the cache expires it stops working.
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(_first, "k1")).StatusCode);
        Assert.Equal(2, _authority.JwksRequests);
    }

    [Fact]
    public async Task Authority_outage_keeps_the_cached_keys_in_use()
    {
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(_first, "k1")).StatusCode);
        await _authority.DisposeAsync();
        _time.Advance(TimeSpan.FromHours(2));

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(_first, "k1")).StatusCode);
    }

    [Fact]
    public async Task Unreachable_authority_without_cached_keys_refuses_with_401()
    {
        var issuer = _authority.Issuer;
        await _authority.DisposeAsync();

        var claims = TestKeys.Claims(Start);
        claims["iss"] = issuer;
        using var response = await _gateway.GetWithTokenAsync("whoami", TestKeys.Sign(JwtSigningKey.Rsa(_first, "k1"), claims));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("MetadataUnavailable", response.Headers.WwwAuthenticate.Single().Parameter, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetAsync(RSA key, string kid)
    {
        var claims = TestKeys.Claims(_time.GetUtcNow());
        claims["iss"] = _authority.Issuer;
        return await _gateway.GetWithTokenAsync("whoami", TestKeys.Sign(JwtSigningKey.Rsa(key, kid), claims));
    }
}
