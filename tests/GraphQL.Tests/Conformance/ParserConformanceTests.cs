using System.Text;
using System.Text.Json.Nodes;

namespace DigitalPost.GraphQL.Tests.Conformance;

/// <summary>
/// Differential tests of the language layer against graphql-js (npm <c>graphql</c>, version pinned in
/// package.json) over the corpus: same documents accepted and rejected (same message and location),
/// same ASTs, and printed forms that each side parses back to the same AST.
/// </summary>
public sealed class ParserConformanceTests(GraphQLJsParseResults results) : IClassFixture<GraphQLJsParseResults>
{
    private const int MaxListedFailures = 40;

    [Fact]
    public void Corpus_has_at_least_300_documents_both_valid_and_invalid()
    {
        Assert.True(results.Documents.Count >= 300, $"Only {results.Documents.Count} corpus documents.");
        var accepted = results.Theirs.Values.Count(r => r["original"]!["ok"]!.GetValue<bool>());
        Assert.True(accepted >= 100, $"graphql-js accepts only {accepted} documents.");
        Assert.True(results.Documents.Count - accepted >= 100, $"graphql-js rejects only {results.Documents.Count - accepted} documents.");
        Assert.StartsWith("16.", results.GraphQLJsVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_documents_are_accepted_and_rejected_as_by_graphql_js()
    {
        var failures = new List<string>();
        foreach (var document in results.Documents)
        {
            var ours = results.Ours[document.Name];
            var theirs = results.Theirs[document.Name]["original"]!;
            var theyAccept = theirs["ok"]!.GetValue<bool>();
            if (theyAccept != (ours.Error is null))
            {
                failures.Add(theyAccept
                    ? $"{document.Name}: graphql-js accepts, we reject: {ours.Error!.Message} ({ours.Error.Line}:{ours.Error.Column})"
                    : $"{document.Name}: graphql-js rejects ({theirs["message"]}), we accept");
            }
        }

        AssertNoFailures(failures, "acceptance differs from graphql-js");
    }

    [Fact]
    public void Syntax_errors_have_graphql_js_message_line_and_column()
    {
        var failures = new List<string>();
        foreach (var document in results.Documents)
        {
            var ours = results.Ours[document.Name];
            var theirs = results.Theirs[document.Name]["original"]!;
            if (theirs["ok"]!.GetValue<bool>() || ours.Error is null)
            {
                continue;
            }

            var message = theirs["message"]!.GetValue<string>();
            var line = theirs["line"]!.GetValue<int>();
            var column = theirs["column"]!.GetValue<int>();
            if (message != ours.Error.Message || line != ours.Error.Line || column != ours.Error.Column)
            {
                failures.Add($"{document.Name}: graphql-js '{message}' at {line}:{column}, ours '{ours.Error.Message}' at {ours.Error.Line}:{ours.Error.Column}");
            }
        }

        AssertNoFailures(failures, "syntax errors differ from graphql-js");
    }

    [Fact]
    public void Ast_equals_graphql_js_ast()
    {
        var failures = new List<string>();
        foreach (var document in results.Documents)
        {
            var ours = results.Ours[document.Name];
            var theirs = results.Theirs[document.Name]["original"]!;
            if (ours.Ast is null || !theirs["ok"]!.GetValue<bool>())
            {
                continue;
            }

            if (!JsonNode.DeepEquals(ours.Ast, theirs["ast"]))
            {
                failures.Add($"{document.Name}:\n  ours:   {OurParse.Describe(ours.Ast)}\n  theirs: {OurParse.Describe(theirs["ast"])}");
            }
        }

        AssertNoFailures(failures, "ASTs differ from graphql-js");
    }

    [Fact]
    public void Our_printed_form_parses_in_graphql_js_to_the_same_ast()
    {
        var failures = new List<string>();
        foreach (var document in results.Documents)
        {
            var ours = results.Ours[document.Name];
            var result = results.Theirs[document.Name];
            if (ours.Printed is null || !result["original"]!["ok"]!.GetValue<bool>())
            {
                continue;
            }

            var printed = result["printed"]!;
            if (!printed["ok"]!.GetValue<bool>())
            {
                failures.Add($"{document.Name}: graphql-js rejects our print ({printed["message"]}):\n{ours.Printed}");
            }
            else if (!JsonNode.DeepEquals(printed["ast"], result["original"]!["ast"]))
            {
                failures.Add($"{document.Name}: our print reads differently in graphql-js:\n{ours.Printed}\n  reads as: {OurParse.Describe(printed["ast"])}");
            }
        }

        AssertNoFailures(failures, "our printed forms do not round-trip through graphql-js");
    }

    [Fact]
    public void Graphql_js_printed_form_parses_in_ours_to_the_same_ast()
    {
        var failures = new List<string>();
        foreach (var document in results.Documents)
        {
            var result = results.Theirs[document.Name];
            if (result["jsPrinted"] is not JsonNode jsPrinted)
            {
                continue;
            }

            var reparsed = OurParse.Run(Encoding.UTF8.GetBytes(jsPrinted.GetValue<string>()));
            if (reparsed.Ast is null)
            {
                failures.Add($"{document.Name}: we reject graphql-js's print: {reparsed.Error!.Message}");
            }
            else if (!JsonNode.DeepEquals(reparsed.Ast, result["original"]!["ast"]))
            {
                failures.Add($"{document.Name}: graphql-js's print reads differently in ours: {OurParse.Describe(reparsed.Ast)}");
            }
        }

        AssertNoFailures(failures, "graphql-js's printed forms do not round-trip through our parser");
    }

    private static void AssertNoFailures(List<string> failures, string what)
    {
        if (failures.Count == 0)
        {
            return;
        }

        var listed = string.Join("\n", failures.Take(MaxListedFailures));
        var more = failures.Count > MaxListedFailures ? $"\n... and {failures.Count - MaxListedFailures} more" : string.Empty;
        Assert.Fail($"{failures.Count} document(s): {what}:\n{listed}{more}");
    }
}
