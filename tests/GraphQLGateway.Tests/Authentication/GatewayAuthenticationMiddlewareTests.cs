using System.Net;
using System.Net.Http.Headers;
using DigitalPost.GraphQLGateway.Authentication;
using DigitalPost.Testing.Time;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Tests.Authentication;

/// <summary>
/// The per-connection memo of <see cref="GatewayAuthenticationMiddleware"/>: a connection that repeats an accepted
/// <c>Authorization</c> header is not validated again, but expiry is still checked on every request, any other header
/// is validated in full, and the principal it shares cannot be changed by a request.
/// </summary>
public sealed class GatewayAuthenticationMiddlewareTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private readonly TestKeys _keys = new();
    private readonly ManualTimeProvider _time = new(Start);
    private GatewayTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GatewayTestServer.StartAsync("Production", _keys.Configuration(), _time);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private GatewayTokenValidator Validator => _server.Services.GetRequiredService<GatewayTokenValidatorProvider>().Get();

    [Fact]
    public async Task A_connection_repeating_an_accepted_header_is_validated_once_and_a_new_connection_again()
    {
        var token = TestKeys.Sign(_keys.EcKey, TestKeys.Claims(Start));
        using var connection = OneConnection();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("cpr:010190-**** borger.dk", await WhoAmIAsync(connection, token));
        }

        // One validation for three requests: the framework's authentication middleware does not run as well.
        Assert.Equal(1, Validator.Validations);

        using var other = OneConnection();
        Assert.Equal("cpr:010190-**** borger.dk", await WhoAmIAsync(other, token));
        Assert.Equal(2, Validator.Validations);
    }

    [Fact]
    public async Task An_expired_token_on_a_memoised_connection_gets_401()
    {
        var token = TestKeys.Sign(_keys.RsaKey, TestKeys.Claims(Start));
        using var connection = OneConnection();
        Assert.Equal("cpr:010190-**** borger.dk", await WhoAmIAsync(connection, token));

        // exp is Start + 30 min, the clock skew 1 min: still accepted from the memo just before, refused from then on.
        _time.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(59));
        Assert.Equal("cpr:010190-**** borger.dk", await WhoAmIAsync(connection, token));
        Assert.Equal(1, Validator.Validations);

        _time.Advance(TimeSpan.FromSeconds(1));
        using var refused = await SendAsync(connection, "whoami", token);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("error_description=\"Expired\"", refused.Headers.WwwAuthenticate.Single().Parameter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_different_token_on_the_same_connection_is_validated_and_becomes_the_caller()
    {
        var anna = TestKeys.Sign(_keys.RsaKey, TestKeys.Claims(Start));
        var authority = TestKeys.Sign(_keys.RsaKey, TestKeys.Claims(Start, "authority:skat", "borger.dk"));
        using var connection = OneConnection();

        Assert.Equal("cpr:010190-**** borger.dk", await WhoAmIAsync(connection, anna));
        Assert.Equal("authority:skat borger.dk", await WhoAmIAsync(connection, authority));
        Assert.Equal("cpr:010190-**** borger.dk", await WhoAmIAsync(connection, anna));

        Assert.Equal(3, Validator.Validations);
    }

    [Fact]
    public async Task A_forged_token_after_an_accepted_one_on_the_same_connection_gets_401_and_the_memo_is_forgotten()
    {
        var token = TestKeys.Sign(_keys.RsaKey, TestKeys.Claims(Start));
        var forged = TestKeys.Sign(_keys.RsaKey, TestKeys.Claims(Start))[..^4] + "AAAA";
        using var connection = OneConnection();
        Assert.Equal("cpr:010190-**** borger.dk", await WhoAmIAsync(connection, token));

        using (var refused = await SendAsync(connection, "whoami", forged))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Contains("BadSignature", refused.Headers.WwwAuthenticate.Single().Parameter, StringComparison.Ordinal);
        }

        Assert.Equal("cpr:010190-**** borger.dk", await WhoAmIAsync(connection, token));
        Assert.Equal(3, Validator.Validations);
    }

    [Fact]
    public async Task A_request_without_a_header_on_a_memoised_connection_is_anonymous()
    {
        var token = TestKeys.Sign(_keys.RsaKey, TestKeys.Claims(Start));
        using var connection = OneConnection();
        Assert.Equal("cpr:010190-**** borger.dk", await WhoAmIAsync(connection, token));

        using var anonymous = await SendAsync(connection, "whoami", null);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().ToString());
    }

    [Fact]
    public async Task A_request_cannot_change_the_principal_the_next_request_on_its_connection_gets()
    {
        var token = TestKeys.Sign(_keys.RsaKey, TestKeys.Claims(Start));
        using var connection = OneConnection();

        Assert.Equal("sealed (had none)", await TextAsync(connection, "change-claims", token));
        Assert.Equal("sealed (had none)", await TextAsync(connection, "change-claims", token));
    }

    [Fact]
    public async Task A_token_without_exp_is_never_memoised()
    {
        await using var server = await GatewayTestServer.StartAsync(
            "Production",
            new Dictionary<string, string?>(_keys.Configuration()) { ["Authentication:JwtBearer:RequireExpiration"] = "false" },
            _time);
        var claims = TestKeys.Claims(Start);
        claims.Remove("exp");
        var token = TestKeys.Sign(_keys.RsaKey, claims);
        using var connection = OneConnection(server);

        Assert.Equal("cpr:010190-**** borger.dk", await WhoAmIAsync(connection, token));
        Assert.Equal("changed (had none)", await TextAsync(connection, "change-claims", token));
        Assert.Equal("changed (had none)", await TextAsync(connection, "change-claims", token));

        Assert.Equal(3, server.Services.GetRequiredService<GatewayTokenValidatorProvider>().Get().Validations);
    }

    [Fact]
    public async Task With_the_memo_switched_off_every_request_is_validated()
    {
        await using var server = await GatewayTestServer.StartAsync(
            "Production",
            new Dictionary<string, string?>(_keys.Configuration()) { ["Authentication:JwtBearer:ConnectionMemo"] = "false" },
            _time);
        var token = TestKeys.Sign(_keys.RsaKey, TestKeys.Claims(Start));
        using var connection = OneConnection(server);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("cpr:010190-**** borger.dk", await WhoAmIAsync(connection, token));
        }

        Assert.Equal(3, server.Services.GetRequiredService<GatewayTokenValidatorProvider>().Get().Validations);
    }

    [Fact]
    public async Task A_header_that_is_not_a_bearer_token_gets_the_plain_challenge()
    {
        using var connection = OneConnection();
        using var request = new HttpRequestMessage(HttpMethod.Get, "whoami");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz");

        using var response = await connection.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().ToString());
        Assert.Equal(0, Validator.Validations);
    }

    /// <summary>A client that sends everything over one keep-alive connection (HTTP/1.1).</summary>
    private HttpClient OneConnection(GatewayTestServer? server = null) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = 1, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = (server ?? _server).BaseUri,
        };

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    private static async Task<string> TextAsync(HttpClient client, string path, string token)
    {
        using var response = await SendAsync(client, path, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<string> WhoAmIAsync(HttpClient client, string token) => TextAsync(client, "whoami", token);
}
