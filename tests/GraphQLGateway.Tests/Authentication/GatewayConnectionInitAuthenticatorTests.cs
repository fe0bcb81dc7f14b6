using System.Text.Json;
using DigitalPost.GraphQLGateway.Authentication;
using DigitalPost.Testing.Time;

namespace DigitalPost.GraphQLGateway.Tests.Authentication;

public sealed class GatewayConnectionInitAuthenticatorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private readonly TestKeys _keys = new();
    private GatewayTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GatewayTestServer.StartAsync("Production", _keys.Configuration(), new ManualTimeProvider(Start));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("authorization")]
    [InlineData("Authorization")]
    [InlineData("token")]
    public async Task Token_in_the_connection_init_payload_authenticates_every_operation(string member)
    {
        var token = TestKeys.Sign(_keys.EcKey, TestKeys.Claims(Start, "cvr:12345678/cpr:0101901234", "app"));
        var value = member == "token" ? token : "Bearer " + token;
        await using var client = await GraphQLWsClient.ConnectAsync(_server.WebSocketUri);

        await client.SendAsync(new Dictionary<string, object> { ["type"] = "connection_init", ["payload"] = new Dictionary<string, string> { [member] = value } });
        Assert.Equal("connection_ack", (await client.ReceiveAsync()).Message!["type"]!.GetValue<string>());
        await client.SendAsync(new { type = "subscribe", id = "1", payload = new { query = "{ whoami kind platform }" } });
        var next = (await client.ReceiveAsync()).Message!;

        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal(
            """{"data":{"whoami":"cvr:12345678/cpr:010190-****","kind":"CompanyRepresentative","platform":"app"}}""",
            next["payload"]!.ToJsonString());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"authorization":"Bearer not.a.token"}""")]
    [InlineData("""{"token":""}""")]
    [InlineData(null)]
    public async Task Missing_or_invalid_payload_token_closes_with_4403(string? payload)
    {
        await using var client = await GraphQLWsClient.ConnectAsync(_server.WebSocketUri);

        await client.SendAsync(payload is null
            ? new Dictionary<string, object> { ["type"] = "connection_init" }
            : new Dictionary<string, object> { ["type"] = "connection_init", ["payload"] = JsonDocument.Parse(payload).RootElement });
        var (message, close) = await client.ReceiveAsync();

        Assert.Null(message);
        Assert.Equal(4403, close);
    }

    [Fact]
    public async Task Expired_payload_token_closes_with_4403()
    {
        var claims = TestKeys.Claims(Start.AddHours(-2));
        await using var client = await GraphQLWsClient.ConnectAsync(_server.WebSocketUri);

        await client.SendAsync(new { type = "connection_init", payload = new { token = TestKeys.Sign(_keys.RsaKey, claims) } });

        Assert.Equal(4403, (await client.ReceiveAsync()).CloseCode);
    }

    [Fact]
    public async Task Upgrade_request_authenticated_by_header_is_accepted_without_a_payload_token()
    {
        var token = TestKeys.Sign(_keys.RsaKey, TestKeys.Claims(Start, "authority:skat", "mit.dk"));
        await using var client = await GraphQLWsClient.ConnectAsync(_server.WebSocketUri, "Bearer " + token);

        await client.SendAsync(new { type = "connection_init" });
        Assert.Equal("connection_ack", (await client.ReceiveAsync()).Message!["type"]!.GetValue<string>());
        await client.SendAsync(new { type = "subscribe", id = "1", payload = new { query = "{ whoami }" } });

        Assert.Equal("""{"data":{"whoami":"authority:skat"}}""", (await client.ReceiveAsync()).Message!["payload"]!.ToJsonString());
    }

    [Fact]
    public async Task Payload_platform_selects_among_the_tokens_platforms()
    {
        var token = TestKeys.Sign(_keys.RsaKey, TestKeys.Claims(Start, platform: new[] { "borger.dk", "e-boks" }));
        await using var client = await GraphQLWsClient.ConnectAsync(_server.WebSocketUri);

        await client.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer " + token, platform = "e-boks" } });
        await client.ReceiveAsync();
        await client.SendAsync(new { type = "subscribe", id = "1", payload = new { query = "{ platform }" } });

        Assert.Equal("""{"data":{"platform":"e-boks"}}""", (await client.ReceiveAsync()).Message!["payload"]!.ToJsonString());
    }

    [Fact]
    public void Token_is_read_from_authorization_or_token_members_only()
    {
        Assert.Equal("abc", GatewayConnectionInitAuthenticator.TokenFrom(JsonDocument.Parse("""{"authorization":"Bearer abc"}""").RootElement));
        Assert.Equal("abc", GatewayConnectionInitAuthenticator.TokenFrom(JsonDocument.Parse("""{"token":"abc"}""").RootElement));
        Assert.Null(GatewayConnectionInitAuthenticator.TokenFrom(JsonDocument.Parse("""{"authorization":"Basic abc"}""").RootElement));
        Assert.Null(GatewayConnectionInitAuthenticator.TokenFrom(JsonDocument.Parse("""{"jwt":"abc"}""").RootElement));
        Assert.Null(GatewayConnectionInitAuthenticator.TokenFrom(JsonDocument.Parse("[]").RootElement));
        Assert.Null(GatewayConnectionInitAuthenticator.TokenFrom(null));
    }
}
