using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Tests.Conformance;

/// <summary>
/// Parses the whole corpus with our parser, prints what parses, and runs parse-corpus.js once over
/// the sources and our printed forms, so every conformance test compares against the same run.
/// </summary>
public sealed class GraphQLJsParseResults : IAsyncLifetime
{
    public IReadOnlyList<CorpusDocument> Documents { get; private set; } = [];

    /// <summary>Our outcome per document name.</summary>
    public IReadOnlyDictionary<string, OurParse> Ours { get; private set; } = new Dictionary<string, OurParse>();

    /// <summary>graphql-js's outcome per document name.</summary>
    public IReadOnlyDictionary<string, JsonObject> Theirs { get; private set; } = new Dictionary<string, JsonObject>();

    public string GraphQLJsVersion { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        Documents = ConformanceCorpus.Load();
        var ours = new Dictionary<string, OurParse>(StringComparer.Ordinal);
        var input = new JsonArray();
        foreach (var document in Documents)
        {
            var parse = OurParse.Run(document.Utf8);
            ours.Add(document.Name, parse);
            var entry = new JsonObject { ["name"] = document.Name, ["source"] = document.Source };
            if (parse.Printed is not null)
            {
                entry["printed"] = parse.Printed;
            }

            input.Add(entry);
        }

        Ours = ours;
        var inputPath = Path.Combine(Path.GetTempPath(), $"graphql-conformance-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(inputPath, input.ToJsonString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        try
        {
            var output = await NodeReference.RunScriptAsync("parse-corpus.js", inputPath);
            var root = JsonNode.Parse(output)!.AsObject();
            GraphQLJsVersion = root["graphqlVersion"]!.GetValue<string>();
            Theirs = root["results"]!.AsArray().ToDictionary(r => r!["name"]!.GetValue<string>(), r => r!.AsObject(), StringComparer.Ordinal);
        }
        finally
        {
            File.Delete(inputPath);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>What our parser made of a document: the AST in graphql-js's JSON shape and our print of it, or the error.</summary>
public sealed record OurParse(JsonObject? Ast, string? Printed, GraphQLSyntaxException? Error)
{
    public static OurParse Run(byte[] utf8)
    {
        try
        {
            var document = Parser.Parse(utf8, ParserOptions.Default);
            return new OurParse(GraphQLJsAst.ToJson(document), Printer.Print(document), null);
        }
        catch (GraphQLSyntaxException error)
        {
            return new OurParse(null, null, error);
        }
    }

    public static string Describe(JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "null";
}
