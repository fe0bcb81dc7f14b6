using System.Text.Json;
using System.Text.Json.Nodes;
using DigitalPost.GraphQL.Tests.Conformance;
using DigitalPost.GraphQL.Tests.Execution.StarWars;
using DigitalPost.GraphQL.Utilities;

namespace DigitalPost.GraphQL.Tests.Introspection;

/// <summary>
/// Differential tests against graphql-js (Conformance/introspection-diff.js): for a Star Wars schema and
/// every schema in Introspection/Schemas, our introspection result equals graphql-js's for the same SDL,
/// builds in graphql-js (buildClientSchema) and prints to our SDL, and graphql-js prints the SDL as we do.
/// </summary>
public sealed class IntrospectionConformanceTests
{
    private static readonly Lazy<Task<Dictionary<string, Outcome>>> Outcomes = new(RunAsync);

    public static TheoryData<string> SchemaNames()
    {
        var data = new TheoryData<string> { "star-wars" };
        foreach (var (name, _) in ConformanceSchemas.Load())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public async Task Our_introspection_result_equals_graphql_js_result(string name)
    {
        var outcome = (await Outcomes.Value)[name];
        Assert.Equal(outcome.JsIntrospection, outcome.OurIntrospection);
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public async Task Our_introspection_builds_in_graphql_js_and_prints_to_our_sdl(string name)
    {
        var outcome = (await Outcomes.Value)[name];
        Assert.Null(outcome.ClientError);
        Assert.Equal(outcome.OurSdl, outcome.ClientSdl);
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public async Task Graphql_js_prints_the_sdl_as_our_schema_printer_does(string name)
    {
        var outcome = (await Outcomes.Value)[name];
        Assert.Equal(outcome.JsSdl, outcome.OurSdl);
    }

    private static async Task<Dictionary<string, Outcome>> RunAsync()
    {
        var query = await NodeReference.RunScriptAsync("introspection-diff.js", "query");
        var entries = new List<(string Name, string Sdl)> { ("star-wars", StarWarsSchema.Sdl) };
        entries.AddRange(ConformanceSchemas.Load());
        var input = new JsonArray();
        var ours = new Dictionary<string, (string Sdl, string Introspection)>();
        foreach (var (name, sdl) in entries)
        {
            var schema = name == "star-wars" ? StarWarsSchema.Build() : ConformanceSchemas.Build(sdl);
            var introspection = await ConformanceSchemas.IntrospectAsync(schema, query);
            var printed = SchemaPrinter.Print(schema);
            ours[name] = (printed, introspection);
            input.Add(new JsonObject
            {
                ["name"] = name,
                ["sdl"] = sdl,
                ["ourSdl"] = printed,
                ["ourIntrospection"] = JsonNode.Parse(introspection),
            });
        }

        var file = Path.Combine(Path.GetTempPath(), $"introspection-diff-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, input.ToJsonString());
        try
        {
            var output = await NodeReference.RunScriptAsync("introspection-diff.js", "compare", file);
            using var json = JsonDocument.Parse(output);
            var outcomes = new Dictionary<string, Outcome>();
            foreach (var result in json.RootElement.GetProperty("results").EnumerateArray())
            {
                var name = result.GetProperty("name").GetString()!;
                outcomes[name] = new Outcome(
                    ours[name].Sdl,
                    Normalize(ours[name].Introspection),
                    result.GetProperty("jsSdl").GetString()!,
                    Normalize(result.GetProperty("jsIntrospection").GetRawText()),
                    result.TryGetProperty("clientSdl", out var clientSdl) ? clientSdl.GetString() : null,
                    result.TryGetProperty("clientError", out var clientError) ? clientError.GetString() : null);
            }

            return outcomes;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Re-serializes JSON indented, so a difference is shown by line.</summary>
    private static string Normalize(string json) =>
        JsonSerializer.Serialize(JsonNode.Parse(json), new JsonSerializerOptions { WriteIndented = true });

    private sealed record Outcome(string OurSdl, string OurIntrospection, string JsSdl, string JsIntrospection, string? ClientSdl, string? ClientError);
}
