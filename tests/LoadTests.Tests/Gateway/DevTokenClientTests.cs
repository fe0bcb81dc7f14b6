using System.Net;
using DigitalPost.LoadTests.Gateway;

namespace DigitalPost.LoadTests.Tests.Gateway;

public sealed class DevTokenClientTests
{
    [Fact]
    public async Task A_refused_login_is_not_cached_and_the_next_caller_tries_again()
    {
        var handler = new ScriptedHandler(
            new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("""{"error":"INVALID_SUBJECT"}""") },
            new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"token":"t1"}""") });
        using var http = new HttpClient(handler);
        var tokens = new DevTokenClient(http, new Uri("http://gateway.test/"));
        var principal = GatewayPrincipal.Citizen("0101901234", "app");

        var refused = await Assert.ThrowsAsync<GatewayException>(() => tokens.GetTokenAsync(principal, CancellationToken.None));
        var token = await tokens.GetTokenAsync(principal, CancellationToken.None);
        var again = await tokens.GetTokenAsync(principal, CancellationToken.None);

        Assert.Equal("dev-token-400", refused.Kind);
        Assert.Contains("INVALID_SUBJECT", refused.Message, StringComparison.Ordinal);
        Assert.Equal(("t1", "t1", 2), (token, again, handler.Calls));
    }

    [Fact]
    public async Task Recipients_stream_one_number_per_line_and_are_counted()
    {
        var content = new RecipientListContent(Numbers(70_000));

        var text = await content.ReadAsStringAsync();

        Assert.Equal(70_000, content.Count);
        Assert.Equal(70_000 * 11, text.Length);
        Assert.StartsWith("0000000000\n0000000001\n", text, StringComparison.Ordinal);
        Assert.EndsWith("0000069999\n", text, StringComparison.Ordinal);
    }

    private static async IAsyncEnumerable<string> Numbers(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return i.ToString("0000000000", System.Globalization.CultureInfo.InvariantCulture);
        }

        await Task.CompletedTask;
    }

    private sealed class ScriptedHandler(params HttpResponseMessage[] responses) : HttpMessageHandler
    {
        private int _calls;

        public int Calls => _calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(responses[Interlocked.Increment(ref _calls) - 1]);
    }
}
