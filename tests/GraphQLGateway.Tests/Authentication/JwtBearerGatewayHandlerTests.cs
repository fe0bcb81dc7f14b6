using System.Net;
using System.Text;
using DigitalPost.GraphQLGateway.Authentication.Jwt;
using DigitalPost.GraphQLGateway.Authentication.Keys;
using DigitalPost.Testing.Time;

namespace DigitalPost.GraphQLGateway.Tests.Authentication;

public sealed class JwtBearerGatewayHandlerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private readonly TestKeys _keys = new();
    private readonly ManualTimeProvider _time = new(Start);
    private GatewayTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GatewayTestServer.StartAsync("Production", _keys.Configuration(), _time);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("RS256")]
    [InlineData("ES256")]
    [InlineData("HS256")]
    public async Task Token_signed_with_each_configured_algorithm_is_accepted(string alg)
    {
        var key = alg switch { "RS256" => _keys.RsaKey, "ES256" => _keys.EcKey, _ => _keys.HmacKey };

        using var response = await _server.GetWithTokenAsync("whoami", TestKeys.Sign(key, TestKeys.Claims(Start)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("cpr:010190-**** borger.dk", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Request_without_token_is_challenged_with_401()
    {
        using var response = await _server.GetWithTokenAsync("whoami", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Expired_token_is_refused_after_the_clock_skew()
    {
        var token = TestKeys.Sign(_keys.RsaKey, TestKeys.Claims(Start));
        _time.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(59));
        using (var withinSkew = await _server.GetWithTokenAsync("whoami", token))
        {
            Assert.Equal(HttpStatusCode.OK, withinSkew.StatusCode);
        }

        _time.Advance(TimeSpan.FromSeconds(1));
        using var response = await _server.GetWithTokenAsync("whoami", token);

        await AssertRefusedAsync(response, JwtFailure.Expired);
    }

    [Fact]
    public async Task Not_yet_valid_token_is_refused()
    {
        var claims = TestKeys.Claims(Start);
        claims["nbf"] = Start.AddMinutes(5).ToUnixTimeSeconds();

        using var response = await _server.GetWithTokenAsync("whoami", TestKeys.Sign(_keys.RsaKey, claims));

        await AssertRefusedAsync(response, JwtFailure.NotYetValid);
    }

    [Fact]
    public async Task Token_issued_in_the_future_is_refused()
    {
        var claims = TestKeys.Claims(Start);
        claims["iat"] = Start.AddMinutes(10).ToUnixTimeSeconds();
        claims.Remove("nbf");

        using var response = await _server.GetWithTokenAsync("whoami", TestKeys.Sign(_keys.EcKey, claims));

        await AssertRefusedAsync(response, JwtFailure.IssuedInFuture);
    }

    [Fact]
    public async Task Token_without_expiry_is_refused()
    {
        var claims = TestKeys.Claims(Start);
        claims.Remove("exp");

        using var response = await _server.GetWithTokenAsync("whoami", TestKeys.Sign(_keys.RsaKey, claims));

        await AssertRefusedAsync(response, JwtFailure.MissingExpiration);
    }

    [Fact]
    public async Task Wrong_issuer_is_refused()
    {
        var claims = TestKeys.Claims(Start);
        claims["iss"] = "https://evil.test/";

        using var response = await _server.GetWithTokenAsync("whoami", TestKeys.Sign(_keys.RsaKey, claims));

        await AssertRefusedAsync(response, JwtFailure.WrongIssuer);
    }

    [Fact]
    public async Task Wrong_audience_is_refused_and_an_audience_array_naming_ours_is_accepted()
    {
        var claims = TestKeys.Claims(Start);
        claims["aud"] = "someone-else";
        using (var wrong = await _server.GetWithTokenAsync("whoami", TestKeys.Sign(_keys.RsaKey, claims)))
        {
            await AssertRefusedAsync(wrong, JwtFailure.WrongAudience);
        }

        claims["aud"] = new[] { "someone-else", TestKeys.Audience };
        using var right = await _server.GetWithTokenAsync("whoami", TestKeys.Sign(_keys.RsaKey, claims));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Theory]
    [InlineData("RS256")]
    [InlineData("ES256")]
    [InlineData("HS256")]
    public async Task Tampered_payload_fails_the_signature(string alg)
    {
        var key = alg switch { "RS256" => _keys.RsaKey, "ES256" => _keys.EcKey, _ => _keys.HmacKey };
        var parts = TestKeys.Sign(key, TestKeys.Claims(Start)).Split('.');
        var forged = TestKeys.Claims(Start, subject: "cpr:0202801234");
        var tampered = parts[0] + "." + JwsBase64.Encode(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(forged)) + "." + parts[2];

        using var response = await _server.GetWithTokenAsync("whoami", tampered);

        await AssertRefusedAsync(response, JwtFailure.BadSignature);
    }

    [Fact]
    public async Task Token_signed_by_an_unconfigured_key_with_a_known_kid_is_refused()
    {
        using var otherRsa = System.Security.Cryptography.RSA.Create(2048);
        var stranger = JwtSigningKey.Rsa(otherRsa, "rsa-1");

        using var response = await _server.GetWithTokenAsync("whoami", TestKeys.Sign(stranger, TestKeys.Claims(Start)));

        await AssertRefusedAsync(response, JwtFailure.BadSignature);
    }

    [Fact]
    public async Task Alg_none_is_refused()
    {
        var header = JwsBase64.Encode("""{"alg":"none","typ":"JWT"}"""u8);
        var payload = JwsBase64.Encode(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(TestKeys.Claims(Start)));

        using var response = await _server.GetWithTokenAsync("whoami", header + "." + payload + ".");

        await AssertRefusedAsync(response, JwtFailure.AlgorithmNotAllowed);
    }

    [Fact]
    public async Task Hs256_token_keyed_with_the_rsa_public_key_is_refused_as_algorithm_confusion()
    {
        // The classic attack: HMAC over the token with the server's public RSA key (which an attacker knows) as secret.
        var publicPem = Encoding.ASCII.GetBytes(_keys.Rsa.ExportSubjectPublicKeyInfoPem());
        var confused = JwtSigningKey.Hmac(publicPem, "rsa-1");

        using var response = await _server.GetWithTokenAsync("whoami", TestKeys.Sign(confused, TestKeys.Claims(Start), alg: "HS256", kid: "rsa-1"));

        await AssertRefusedAsync(response, JwtFailure.AlgorithmNotAllowed);
    }

    [Fact]
    public async Task Token_naming_an_algorithm_other_than_its_keys_is_refused()
    {
        // An ES256 signature presented as RS256 for the EC key's kid: the key fixes ES256.
        using var response = await _server.GetWithTokenAsync("whoami", TestKeys.Sign(_keys.EcKey, TestKeys.Claims(Start), alg: "RS256"));

        await AssertRefusedAsync(response, JwtFailure.AlgorithmNotAllowed);
    }

    [Fact]
    public async Task Unknown_kid_without_an_authority_is_refused()
    {
        using var response = await _server.GetWithTokenAsync("whoami", TestKeys.Sign(_keys.RsaKey, TestKeys.Claims(Start), kid: "nobody"));

        await AssertRefusedAsync(response, JwtFailure.UnknownKey);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b")]
    [InlineData("a.b.c.d")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.e30=.AAAA")]
    public async Task Malformed_tokens_are_refused(string token)
    {
        using var response = await _server.GetWithTokenAsync("whoami", token);

        await AssertRefusedAsync(response, JwtFailure.Malformed);
    }

    [Theory]
    [InlineData("cpr:0101901234", "cpr:010190-**** borger.dk")]
    [InlineData("cvr:12345678/cpr:0101901234", "cvr:12345678/cpr:010190-**** borger.dk")]
    [InlineData("authority:skat", "authority:skat borger.dk")]
    [InlineData("staff:101", "staff:101 borger.dk")]
    public async Task Each_subject_kind_maps_to_the_principal_with_cpr_masked(string subject, string expected)
    {
        using var response = await _server.GetWithTokenAsync("whoami", TestKeys.Sign(_keys.RsaKey, TestKeys.Claims(Start, subject)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("cpr:123")]
    [InlineData("cvr:12345678")]
    [InlineData("robot:1")]
    [InlineData("staff:1")]
    public async Task Token_with_an_invalid_subject_is_refused(string subject)
    {
        using var response = await _server.GetWithTokenAsync("whoami", TestKeys.Sign(_keys.RsaKey, TestKeys.Claims(Start, subject)));

        await AssertRefusedAsync(response, JwtFailure.BadSubject);
    }

    [Fact]
    public async Task Bad_token_on_the_graphql_endpoint_is_401_not_anonymous()
    {
        var claims = TestKeys.Claims(Start);
        claims["aud"] = "someone-else";
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ whoami }" }) };
        request.Headers.Authorization = new("Bearer", TestKeys.Sign(_keys.RsaKey, claims));

        using var response = await _server.Client.SendAsync(request);

        await AssertRefusedAsync(response, JwtFailure.WrongAudience);
    }

    [Fact]
    public async Task Graphql_request_without_a_token_runs_anonymously()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ whoami }" }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var response = await _server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"whoami":null}}""", await response.Content.ReadAsStringAsync());
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, JwtFailure failure)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = response.Headers.WwwAuthenticate.Single();
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains($"error_description=\"{failure}\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }
}
