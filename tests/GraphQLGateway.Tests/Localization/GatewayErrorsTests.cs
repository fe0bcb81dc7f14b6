using System.Net.Http.Json;
using System.Text.Json;
using DigitalPost.GraphQLGateway.Localization;
using DigitalPost.GraphQLGateway.Tests.Authentication;
using DigitalPost.Testing.Time;

namespace DigitalPost.GraphQLGateway.Tests.Localization;

public sealed class GatewayErrorsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private readonly TestKeys _keys = new();
    private GatewayTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GatewayTestServer.StartAsync("Production", _keys.Configuration(), new ManualTimeProvider(Start));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(null, "Det findes ikke, eller du har ikke adgang til det.")]
    [InlineData("en-US,en;q=0.9", "It does not exist, or you do not have access to it.")]
    [InlineData("en;q=0.3, da", "Det findes ikke, eller du har ikke adgang til det.")]
    public async Task Hidden_and_unknown_objects_give_the_same_error_in_the_callers_language(string? acceptLanguage, string expected)
    {
        var someoneElses = await ErrorAsync("""{ hidden(id: "someone-elses") }""", acceptLanguage);
        var unknown = await ErrorAsync("""{ hidden(id: "no-such-id") }""", acceptLanguage);
        var forbiddenAction = await ErrorAsync("{ denied }", acceptLanguage);

        Assert.Equal(expected, someoneElses.GetProperty("message").GetString());
        Assert.Equal(GatewayErrorCodes.NotFound, someoneElses.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(someoneElses.GetProperty("extensions").ToString(), unknown.GetProperty("extensions").ToString());
        Assert.Equal(someoneElses.GetProperty("message").GetString(), unknown.GetProperty("message").GetString());
        Assert.Equal(expected, forbiddenAction.GetProperty("message").GetString());
        Assert.Equal(GatewayErrorCodes.Forbidden, forbiddenAction.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Platform_error_has_a_stable_code_and_an_english_message_on_request()
    {
        var error = await ErrorAsync("{ platform }", "en", new[] { "app", "e-boks" });

        Assert.Equal(GatewayErrorCodes.PlatformRequired, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("Name the platform", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> ErrorAsync(string query, string? acceptLanguage, object? platform = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Authorization = new("Bearer", TestKeys.Sign(_keys.RsaKey, TestKeys.Claims(Start, platform: platform)));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await _server.Client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("errors")[0];
    }
}
