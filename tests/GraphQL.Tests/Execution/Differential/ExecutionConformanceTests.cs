using System.Text.Json;
using System.Text.Json.Nodes;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Tests.Conformance;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Tests.Execution.Differential;

/// <summary>
/// Differential execution tests against graphql-js (Conformance/execution-diff.js): the same schema, data
/// (as root value, with __typename for abstract types), query and variables give the same response:
/// same data, and the same errors (message, locations, path; graphql-js has no extensions.code, so
/// codes are left out of the comparison, and errors are compared as a set).
/// </summary>
public sealed class ExecutionConformanceTests
{
    private static readonly Lazy<Task<Dictionary<string, (JsonNode Ours, JsonNode Theirs)>>> Outcomes = new(RunAsync);

    private static string CasesFile => Path.Combine(ConformanceDirectory.Path, "..", "Execution", "Differential", "execution-cases.json");

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        using var json = JsonDocument.Parse(File.ReadAllText(CasesFile));
        foreach (var entry in json.RootElement.GetProperty("cases").EnumerateArray())
        {
            data.Add(entry.GetProperty("name").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Response_equals_graphql_js_response(string name)
    {
        var (ours, theirs) = (await Outcomes.Value)[name];
        Assert.Equal(Canonical(theirs), Canonical(ours));
    }

    private static async Task<Dictionary<string, (JsonNode Ours, JsonNode Theirs)>> RunAsync()
    {
        var cases = JsonNode.Parse(await File.ReadAllTextAsync(CasesFile))!;
        var executors = new Dictionary<string, GraphQLExecutor>();
        var input = new JsonArray();
        var ours = new Dictionary<string, JsonNode>();
        foreach (var entry in cases["cases"]!.AsArray())
        {
            var name = entry!["name"]!.GetValue<string>();
            var schemaName = entry["schema"]!.GetValue<string>();
            var sdl = cases["schemas"]![schemaName]!.GetValue<string>();
            var data = cases["data"]![schemaName]!;
            if (!executors.TryGetValue(schemaName, out var executor))
            {
                executors[schemaName] = executor = new GraphQLExecutor(BuildSchema(sdl));
            }

            var variables = entry["variables"] is JsonObject v
                ? JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(v.ToJsonString())!.ToDictionary(p => p.Key, p => (object?)p.Value)
                : null;
            var result = await executor.ExecuteAsync(new ExecutionRequest
            {
                Query = entry["query"]!.GetValue<string>(),
                OperationName = entry["operationName"]?.GetValue<string>(),
                Variables = variables,
                RootValue = DigitalPost.GraphQL.Utilities.JsonValues.FromElement(JsonSerializer.Deserialize<JsonElement>(data.ToJsonString())),
            });
            ours[name] = JsonNode.Parse(result.ToJson())!;
            input.Add(new JsonObject
            {
                ["name"] = name,
                ["sdl"] = sdl,
                ["data"] = data.DeepClone(),
                ["query"] = entry["query"]!.DeepClone(),
                ["variables"] = entry["variables"]?.DeepClone(),
                ["operationName"] = entry["operationName"]?.DeepClone(),
            });
        }

        var file = Path.Combine(Path.GetTempPath(), $"execution-diff-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, input.ToJsonString());
        try
        {
            var output = JsonNode.Parse(await NodeReference.RunScriptAsync("execution-diff.js", file))!;
            return output["results"]!.AsArray().ToDictionary(
                r => r!["name"]!.GetValue<string>(),
                r => (ours[r!["name"]!.GetValue<string>()], r["result"]!));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Binds every root field to read the root value, as graphql-js's default resolver does.</summary>
    private static Schema BuildSchema(string sdl)
    {
        var document = Parser.Parse(sdl);
        var builder = new SchemaBuilder().AddTypeDefinitions(document);
        foreach (var type in document.Definitions.OfType<ObjectTypeDefinitionNode>().Where(t => t.Name.Value is "Query" or "Mutation"))
        {
            foreach (var field in type.Fields)
            {
                builder.BindResolver(type.Name.Value, field.Name.Value, DefaultFieldResolver.Instance);
            }
        }

        return builder.Build();
    }

    /// <summary>The response without extensions, errors sorted, indented for readable diffs.</summary>
    private static string Canonical(JsonNode response)
    {
        var copy = response.DeepClone().AsObject();
        if (copy["errors"] is JsonArray errors)
        {
            var sorted = errors.Select(e =>
            {
                var error = e!.DeepClone().AsObject();
                error.Remove("extensions");
                return error;
            }).OrderBy(e => e.ToJsonString(), StringComparer.Ordinal).ToArray();
            copy["errors"] = new JsonArray(sorted);
        }

        return copy.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
