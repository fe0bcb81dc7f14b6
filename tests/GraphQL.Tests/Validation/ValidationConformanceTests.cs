using System.Text.Json;
using System.Text.Json.Nodes;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Tests.Conformance;
using DigitalPost.GraphQL.Validation;

namespace DigitalPost.GraphQL.Tests.Validation;

/// <summary>
/// Differential tests against graphql-js 16 (validation-corpus.js): on the documents of
/// corpus/validation/documents.json, our validator finds the same documents invalid for the same
/// rules, and reports the same messages at the same locations. Rules are named as graphql-js names
/// them (<see cref="IValidationRule.Name"/>).
/// </summary>
public sealed class ValidationConformanceTests
{
    private static readonly Lazy<Task<Comparison>> Compared = new(CompareAsync);

    [Fact]
    public async Task The_corpus_has_at_least_150_documents_valid_and_invalid()
    {
        var comparison = await Compared.Value;
        Assert.True(comparison.Documents.Count >= 150, $"Only {comparison.Documents.Count} documents.");
        Assert.Contains(comparison.Documents, d => d.Reference.Count == 0);
        Assert.True(comparison.Documents.Count(d => d.Reference.Count > 0) >= 100);
    }

    [Fact]
    public async Task Every_document_is_invalid_for_the_same_rules_as_in_graphql_js()
    {
        var comparison = await Compared.Value;
        var failing = comparison.Documents
            .Where(d => !d.Reference.Keys.Order().SequenceEqual(d.Ours.Keys.Order()))
            .Select(d => $"{d.Name}: graphql-js [{string.Join(", ", d.Reference.Keys.Order())}] ours [{string.Join(", ", d.Ours.Keys.Order())}]")
            .ToList();
        Assert.True(failing.Count == 0, $"{failing.Count} documents differ:\n" + string.Join("\n", failing));
    }

    [Fact]
    public async Task Every_rule_reports_the_same_messages_and_locations_as_graphql_js()
    {
        var comparison = await Compared.Value;
        var failing = new List<string>();
        foreach (var document in comparison.Documents)
        {
            foreach (var (rule, reference) in document.Reference)
            {
                var ours = document.Ours.GetValueOrDefault(rule) ?? [];
                if (!reference.Order().SequenceEqual(ours.Order()))
                {
                    failing.Add($"{document.Name} {rule}:\n  graphql-js: {string.Join(" | ", reference)}\n  ours:       {string.Join(" | ", ours)}");
                }
            }
        }

        Assert.True(failing.Count == 0, $"{failing.Count} differences:\n" + string.Join("\n", failing));
    }

    private static async Task<Comparison> CompareAsync()
    {
        var corpusPath = Path.Combine(ConformanceDirectory.Path, "corpus", "validation", "documents.json");
        var corpus = JsonNode.Parse(await File.ReadAllTextAsync(corpusPath))!.AsArray();
        var input = new JsonObject
        {
            ["schemas"] = new JsonObject
            {
                ["spec"] = await File.ReadAllTextAsync(Path.Combine(ConformanceDirectory.Path, "corpus", "validation", "spec-schema.graphql")),
                ["starwars"] = await File.ReadAllTextAsync(Path.Combine(ConformanceDirectory.Path, "corpus", "starwars-schema.graphql")),
            },
            ["documents"] = corpus.DeepClone(),
        };
        var file = Path.Combine(Path.GetTempPath(), $"validation-corpus-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, input.ToJsonString());
        try
        {
            var output = await NodeReference.RunScriptAsync("validation-corpus.js", file);
            using var json = JsonDocument.Parse(output);
            var documents = new List<DocumentOutcome>();
            var index = 0;
            foreach (var result in json.RootElement.GetProperty("results").EnumerateArray())
            {
                var entry = corpus[index++]!;
                var name = entry["name"]!.GetValue<string>();
                Assert.False(result.TryGetProperty("syntaxError", out var syntax), $"{name} does not parse in graphql-js: {syntax}");
                var reference = new Dictionary<string, List<string>>();
                foreach (var rule in result.GetProperty("rules").EnumerateObject())
                {
                    // Not a rule of the specification: graphql-js's guard against deep introspection.
                    if (rule.Name == "MaxIntrospectionDepthRule")
                    {
                        continue;
                    }

                    reference[rule.Name] = rule.Value.EnumerateArray().Select(e =>
                        e.GetProperty("message").GetString() + " @ " +
                        string.Join(" ", e.GetProperty("locations").EnumerateArray().Select(l => $"{l.GetProperty("line").GetInt32()}:{l.GetProperty("column").GetInt32()}"))).ToList();
                }

                var schema = ValidationSchemas.ByName(entry["schema"]!.GetValue<string>());
                var failures = DocumentValidator.Default.ValidateDetailed(schema, Parser.Parse(entry["source"]!.GetValue<string>()));
                var ours = failures.Where(f => f.RuleName is not null)
                    .GroupBy(f => f.RuleName!)
                    .ToDictionary(g => g.Key, g => g.Select(f => f.Error.Message + " @ " + string.Join(" ", (f.Error.Locations ?? []).Select(l => $"{l.Line}:{l.Column}"))).ToList());
                documents.Add(new DocumentOutcome(name, reference, ours));
            }

            return new Comparison(documents);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private sealed record Comparison(IReadOnlyList<DocumentOutcome> Documents);

    private sealed record DocumentOutcome(string Name, Dictionary<string, List<string>> Reference, Dictionary<string, List<string>> Ours);
}
