using System.Text.Json.Nodes;
using DigitalPost.Silo.Tests.EndToEnd.Support;

namespace DigitalPost.Silo.Tests.EndToEnd.Live;

/// <summary>
/// The graphql-http audit suite (npm <c>graphql-http</c>, <c>serverAudits</c>) against the gateway's <c>/graphql</c> on
/// the in-process silo, every audit request carrying a citizen's dev token and platform (the audits take a fetch
/// function; the script adds the headers): no errors and no warnings.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class GatewayHttpAuditTests(EndToEndFixture fixture)
{
    [Fact]
    public async Task Every_graphql_http_server_audit_passes_against_the_gateway_with_a_dev_token()
    {
        var token = await fixture.DevTokenAsync(fixture.World.Owner.Subject, "borger.dk");

        var results = (JsonArray)JsonNode.Parse(await LiveNodeScripts.RunAsync("http-audit.js", fixture.GraphQLEndpoint.ToString(), token, "borger.dk"))!;

        AssertAllPass(results);
    }

    [Fact]
    public async Task Every_graphql_http_server_audit_passes_against_the_gateway_anonymously()
    {
        var results = (JsonArray)JsonNode.Parse(await LiveNodeScripts.RunAsync("http-audit.js", fixture.GraphQLEndpoint.ToString()))!;

        AssertAllPass(results);
    }

    private static void AssertAllPass(JsonArray results)
    {
        Assert.True(results.Count >= 60, $"Only {results.Count} audits ran.");
        var failing = results
            .Select(r => r!.AsObject())
            .Where(r => (string)r["status"]! != "ok")
            .Select(r => $"{r["status"]} {r["id"]} {r["name"]}: {r["reason"]}")
            .ToList();
        Assert.True(failing.Count == 0, $"{failing.Count} of {results.Count} audits did not pass:\n{string.Join('\n', failing)}");
    }
}
