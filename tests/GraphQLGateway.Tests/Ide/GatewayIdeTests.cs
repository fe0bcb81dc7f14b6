using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using DigitalPost.GraphQLGateway.Ide;
using DigitalPost.GraphQLGateway.Tests.Authentication;

namespace DigitalPost.GraphQLGateway.Tests.Ide;

public sealed partial class GatewayIdeTests
{
    [Fact]
    public async Task Browser_get_serves_the_page_and_every_referenced_asset()
    {
        await using var server = await GatewayTestServer.StartAsync("Development");

        using var page = await GetHtmlAsync(server, "graphql");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        var referenced = AssetReference().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(GraphiQLAssets.Files.Order(), referenced.Select(r => r.Split('/').Last()).Order());
        foreach (var asset in referenced)
        {
            using var response = await server.Client.GetAsync(asset.TrimStart('/'));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000, asset);
            Assert.Equal(asset.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript", response.Content.Headers.ContentType!.MediaType);
        }

        Assert.Contains("graphqlWs.createClient", html, StringComparison.Ordinal);
        Assert.Contains("id=\"dp-token\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graphql_requests_to_the_same_path_still_reach_the_endpoint()
    {
        await using var server = await GatewayTestServer.StartAsync("Development");

        using var request = new HttpRequestMessage(HttpMethod.Get, "graphql?query=%7Bwhoami%7D");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await server.Client.SendAsync(request);

        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"whoami\":null", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ide_is_off_by_default_in_production()
    {
        await using var server = await GatewayTestServer.StartAsync("Production");

        using var page = await GetHtmlAsync(server, "graphql");
        using var asset = await server.Client.GetAsync("graphql/ide/" + GraphiQLAssets.GraphiQLScript);

        Assert.NotEqual("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
    }

    [Fact]
    public async Task Ide_can_be_switched_on_in_production_and_off_in_development()
    {
        await using (var production = await GatewayTestServer.StartAsync("Production", new Dictionary<string, string?> { ["GraphQL:Ide:Enabled"] = "true" }))
        {
            using var page = await GetHtmlAsync(production, "graphql");
            Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        }

        await using var development = await GatewayTestServer.StartAsync("Development", new Dictionary<string, string?> { ["GraphQL:Ide:Enabled"] = "false" });
        using var none = await GetHtmlAsync(development, "graphql");
        Assert.NotEqual("text/html", none.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Sdl_helper_writes_plain_text()
    {
        await using var server = await GatewayTestServer.StartAsync("Production");

        using var response = await server.Client.GetAsync("sdl");

        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(GatewayTestServer.Sdl, await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> GetHtmlAsync(GatewayTestServer server, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.8));
        return await server.Client.SendAsync(request);
    }

    [GeneratedRegex("(?:src|href)=\"(/graphql/ide/[^\"]+)\"")]
    private static partial Regex AssetReference();
}
