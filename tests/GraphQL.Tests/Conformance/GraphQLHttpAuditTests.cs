using System.Text.Json.Nodes;
using DigitalPost.GraphQL.Tests.Transport;

namespace DigitalPost.GraphQL.Tests.Conformance;

/// <summary>
/// The graphql-http audit suite (npm <c>graphql-http</c>, <c>serverAudits</c>: every MUST, SHOULD and MAY of the
/// GraphQL-over-HTTP specification it checks) against the real Kestrel server: no errors and no warnings.
/// </summary>
public sealed class GraphQLHttpAuditTests
{
    [Fact]
    public async Task Every_graphql_http_server_audit_passes_without_errors_or_warnings()
    {
        await using var server = await TransportTestServer.StartAsync();
        var results = (JsonArray)await TransportNodeScripts.RunAsync("http-audit.js", server.HttpUri.ToString());

        Assert.True(results.Count >= 60, $"Only {results.Count} audits ran.");
        var failing = results
            .Select(r => r!.AsObject())
            .Where(r => (string)r["status"]! != "ok")
            .Select(r => $"{r["status"]} {r["id"]} {r["name"]}: {r["reason"]}")
            .ToList();
        Assert.True(failing.Count == 0, $"{failing.Count} of {results.Count} audits did not pass:\n{string.Join('\n', failing)}");
    }
}
