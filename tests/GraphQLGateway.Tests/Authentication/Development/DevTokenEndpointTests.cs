using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace DigitalPost.GraphQLGateway.Tests.Authentication.Development;

public sealed class DevTokenEndpointTests : IAsyncLifetime
{
    private GatewayTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GatewayTestServer.StartAsync("Development");

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("cpr:0101901234", "borger.dk", "cpr:010190-**** borger.dk")]
    [InlineData("cvr:12345678/cpr:0101901234", "e-boks", "cvr:12345678/cpr:010190-**** e-boks")]
    [InlineData("authority:skat", "app", "authority:skat app")]
    [InlineData("staff:851", "mit.dk", "staff:851 mit.dk")]
    public async Task Issued_token_is_accepted_by_the_bearer_handler(string subject, string platform, string expected)
    {
        using var issued = await _server.Client.PostAsJsonAsync("auth/dev-token", new { subject, platform });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();

        using var response = await _server.GetWithTokenAsync("whoami", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{"platform":"app"}""", "INVALID_SUBJECT", "subject", "subject is missing")]
    [InlineData("""{"subject":"cpr:01019012","platform":"app"}""", "INVALID_SUBJECT", "subject", "has 8 characters")]
    [InlineData("""{"subject":"cpr:3201901234","platform":"app"}""", "INVALID_SUBJECT", "subject", "no valid date")]
    [InlineData("""{"subject":"cvr:1234/cpr:0101901234","platform":"app"}""", "INVALID_SUBJECT", "subject", "CVR")]
    [InlineData("""{"subject":"cvr:12345678","platform":"app"}""", "INVALID_SUBJECT", "subject", "must name the acting person")]
    [InlineData("""{"subject":"authority:","platform":"app"}""", "INVALID_SUBJECT", "subject", "Authority")]
    [InlineData("""{"subject":"staff:kbh","platform":"app"}""", "INVALID_SUBJECT", "subject", "three-digit municipality code")]
    [InlineData("""{"subject":"robot:1","platform":"app"}""", "INVALID_SUBJECT", "subject", "kind 'robot' is unknown")]
    [InlineData("""{"subject":"cpr:0101901234"}""", "INVALID_PLATFORM", "platform", "\"platform\" is missing")]
    [InlineData("""{"subject":"cpr:0101901234","platform":"facebook"}""", "INVALID_PLATFORM", "platform", "'facebook' is unknown")]
    [InlineData("""[1,2]""", "BAD_REQUEST", null, "JSON object")]
    [InlineData("""{"subject":""", "BAD_REQUEST", null, "not a JSON object")]
    public async Task Bad_input_is_a_400_naming_what_is_wrong(string body, string error, string? field, string messagePart)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await _server.Client.PostAsync("auth/dev-token", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(error, problem.GetProperty("error").GetString());
        Assert.Equal(field, problem.TryGetProperty("field", out var f) ? f.GetString() : null);
        Assert.Contains(messagePart, problem.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_json_content_type_is_a_400()
    {
        using var content = new StringContent("subject=cpr:0101901234", Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await _server.Client.PostAsync("auth/dev-token", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Oversized_body_is_a_400()
    {
        var body = "{\"subject\":\"cpr:0101901234\",\"platform\":\"app\",\"padding\":\"" + new string('x', 5000) + "\"}";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await _server.Client.PostAsync("auth/dev-token", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Endpoint_is_404_outside_development(string environment)
    {
        await using var server = await GatewayTestServer.StartAsync(environment);

        using var response = await server.Client.PostAsJsonAsync("auth/dev-token", new { subject = "cpr:0101901234", platform = "app" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Development_token_is_not_trusted_by_a_production_gateway()
    {
        using var issued = await _server.Client.PostAsJsonAsync("auth/dev-token", new { subject = "cpr:0101901234", platform = "app" });
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        await using var production = await GatewayTestServer.StartAsync("Production");

        using var response = await production.GetWithTokenAsync("whoami", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Development_token_expires_after_its_lifetime_on_the_gateways_clock()
    {
        var time = new DigitalPost.Testing.Time.ManualTimeProvider(new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var server = await GatewayTestServer.StartAsync("Development", new Dictionary<string, string?> { ["Authentication:Development:Lifetime"] = "01:00:00" }, time);
        using var issued = await server.Client.PostAsJsonAsync("auth/dev-token", new { subject = "staff:101", platform = "app" });
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        using (var fresh = await server.GetWithTokenAsync("whoami", token))
        {
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        }

        time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(2));
        using var expired = await server.GetWithTokenAsync("whoami", token);

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    [Fact]
    public async Task Configured_development_key_lets_two_gateways_trust_each_others_tokens()
    {
        var configuration = new Dictionary<string, string?> { ["Authentication:Development:SigningKey"] = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)(i * 7)).ToArray()) };
        await using var first = await GatewayTestServer.StartAsync("Development", configuration);
        await using var second = await GatewayTestServer.StartAsync("Development", configuration);
        using var issued = await first.Client.PostAsJsonAsync("auth/dev-token", new { subject = "authority:skat", platform = "app" });
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();

        using var response = await second.GetWithTokenAsync("whoami", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
