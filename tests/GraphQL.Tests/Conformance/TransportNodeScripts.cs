using System.Text.Json.Nodes;

namespace DigitalPost.GraphQL.Tests.Conformance;

/// <summary>
/// Runs the node scripts of <c>Conformance/transport/</c> (graphql-http audits, graphql-ws client, raw ws) through
/// <see cref="NodeReference"/>, installing that folder's pinned packages first (<c>transport/install.js</c> runs
/// <c>npm ci</c> there when node_modules is missing).
/// </summary>
internal static class TransportNodeScripts
{
    private static readonly Lazy<Task<JsonObject>> Installed = new(async () =>
        (JsonObject)JsonNode.Parse(await NodeReference.RunScriptAsync("transport/install.js"))!);

    /// <summary>The installed package versions (graphql, graphql-http, graphql-ws, ws).</summary>
    public static Task<JsonObject> EnsureInstalledAsync() => Installed.Value;

    /// <summary>Runs <c>transport/<paramref name="script"/></c> and parses its JSON output.</summary>
    public static async Task<JsonNode> RunAsync(string script, params string[] arguments)
    {
        await EnsureInstalledAsync();
        var output = await NodeReference.RunScriptAsync("transport/" + script, arguments);
        return JsonNode.Parse(output) ?? throw new InvalidOperationException($"{script} printed nothing.");
    }
}
