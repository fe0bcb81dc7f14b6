using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Tests.Conformance;
using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQL.Validation;

namespace DigitalPost.GraphQL.Tests.Validation;

/// <summary>
/// The validator half of the fuzz test: 100,000 documents, mutated token by token from the validation
/// corpus (with schema names, variables, values and punctuation as replacement tokens) and generated
/// from the schemas' own fields, go through parse and validation (seeded, so every run sees the same
/// documents). The only acceptable outcomes are a syntax error or a list of validation errors; any
/// exception from the validator is a bug.
/// </summary>
public sealed partial class ValidatorFuzzTests
{
    private const int Seed = 5_2021;
    private const int MutatedDocuments = 70_000;
    private const int GeneratedDocuments = 30_000;

    private static readonly string[] Punctuation = ["{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "...", ",", "|", "&"];
    private static readonly string[] Values = ["1", "-1", "1.5", "2147483648", "\"s\"", "\"\"\"b\"\"\"", "true", "false", "null", "SIT", "JUMP", "[]", "{}", "[1, null]", "{ name: \"x\" }", "$v", "$atOtherHomes"];
    private static readonly string[] Keywords = ["query", "mutation", "subscription", "fragment", "on", "type", "extend", "schema", "directive"];

    [Fact]
    public void Mutated_documents_raise_only_syntax_or_validation_errors()
    {
        var random = new Random(Seed);
        var corpus = LoadCorpus();
        var vocabulary = Vocabulary();
        var outcome = new Outcome();
        for (var i = 0; i < MutatedDocuments; i++)
        {
            var (schemaName, source) = corpus[random.Next(corpus.Count)];
            var tokens = Tokens().Matches(source).Select(m => m.Value).ToList();
            var mutations = random.Next(1, 4);
            for (var m = 0; m < mutations && tokens.Count > 0; m++)
            {
                Mutate(tokens, vocabulary, random);
            }

            Check(string.Join(" ", tokens), ValidationSchemas.ByName(schemaName), i, outcome);
        }

        // Every outcome must be exercised, or the mutations are too weak or too destructive.
        Assert.True(outcome.SyntaxErrors > MutatedDocuments / 50, $"only {outcome.SyntaxErrors} syntax errors");
        Assert.True(outcome.Invalid > MutatedDocuments / 10, $"only {outcome.Invalid} invalid documents");
        Assert.True(outcome.Valid > MutatedDocuments / 200, $"only {outcome.Valid} valid documents");
    }

    [Fact]
    public void Generated_documents_raise_only_syntax_or_validation_errors()
    {
        var random = new Random(Seed + 1);
        var outcome = new Outcome();
        for (var i = 0; i < GeneratedDocuments; i++)
        {
            var schema = i % 2 == 0 ? ValidationSchemas.Spec : ValidationSchemas.StarWars;
            Check(Generate(schema, random), schema, i, outcome);
        }

        Assert.True(outcome.Valid > GeneratedDocuments / 50, $"only {outcome.Valid} valid documents");
        Assert.True(outcome.Invalid > GeneratedDocuments / 10, $"only {outcome.Invalid} invalid documents");
    }

    private static void Check(string source, Schema schema, int index, Outcome outcome)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(source);
        }
        catch (GraphQLSyntaxException)
        {
            outcome.SyntaxErrors++;
            return;
        }

        IReadOnlyList<GraphQLError> errors;
        try
        {
            errors = DocumentValidator.Default.Validate(schema, document);
        }
        catch (Exception exception)
        {
            Assert.Fail($"Document #{index} made the validator throw {exception.GetType().Name}: {exception.Message}\n{source}\n{exception.StackTrace}");
            return;
        }

        Assert.All(errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
        if (errors.Count == 0)
        {
            outcome.Valid++;
        }
        else
        {
            outcome.Invalid++;
        }
    }

    private static void Mutate(List<string> tokens, string[] vocabulary, Random random)
    {
        var at = random.Next(tokens.Count);
        switch (random.Next(6))
        {
            case 0:
                tokens.RemoveAt(at);
                break;
            case 1:
                tokens[at] = vocabulary[random.Next(vocabulary.Length)];
                break;
            case 2:
                tokens.Insert(at, vocabulary[random.Next(vocabulary.Length)]);
                break;
            case 3:
                // Duplicating a span repeats fields, arguments or whole selections.
                var length = Math.Min(random.Next(1, 12), tokens.Count - at);
                tokens.InsertRange(at, tokens.GetRange(at, length));
                break;
            case 4:
                var other = random.Next(tokens.Count);
                (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                break;
            default:
                tokens[at] = Values[random.Next(Values.Length)];
                break;
        }
    }

    /// <summary>A random operation over the schema's fields: known and unknown names, arguments, fragments, directives, variables.</summary>
    private static string Generate(Schema schema, Random random)
    {
        var builder = new StringBuilder();
        var fragments = new List<string>();
        var roots = new[] { schema.QueryType, schema.MutationType, schema.SubscriptionType }.Where(t => t is not null).ToArray();
        var root = roots[random.Next(roots.Length)]!;
        var keyword = ReferenceEquals(root, schema.MutationType) ? "mutation" : ReferenceEquals(root, schema.SubscriptionType) ? "subscription" : "query";
        builder.Append(keyword).Append(" Op");
        if (random.Next(3) == 0)
        {
            builder.Append("($v: ").Append(random.Next(2) == 0 ? "Boolean" : "Int!").Append(", $atOtherHomes: Boolean = true)");
        }

        AppendSelectionSet(builder, schema, root, random, 0, fragments);
        foreach (var fragment in fragments)
        {
            builder.Append('\n').Append(fragment);
        }

        return builder.ToString();
    }

    private static void AppendSelectionSet(StringBuilder builder, Schema schema, NamedType type, Random random, int depth, List<string> fragments)
    {
        builder.Append(" {");
        var count = random.Next(1, 4);
        var candidates = type is FieldContainerType container ? container.Fields : [];
        for (var i = 0; i < count; i++)
        {
            var choice = random.Next(10);
            if (choice == 0 || candidates.Count == 0)
            {
                builder.Append(" __typename");
                continue;
            }

            if (choice == 1 && depth < 4)
            {
                var possible = schema.Types.Where(t => t is FieldContainerType or UnionType && !t.IsIntrospectionType).ToList();
                var condition = possible[random.Next(possible.Count)];
                if (random.Next(2) == 0)
                {
                    builder.Append(" ... on ").Append(condition.Name);
                    AppendSelectionSet(builder, schema, condition, random, depth + 1, fragments);
                }
                else
                {
                    var name = "F" + fragments.Count;
                    builder.Append(" ...").Append(name);
                    var fragment = new StringBuilder("fragment ").Append(name).Append(" on ").Append(condition.Name);
                    fragments.Add(string.Empty);
                    var index = fragments.Count - 1;
                    AppendSelectionSet(fragment, schema, condition, random, depth + 1, fragments);
                    fragments[index] = fragment.ToString();
                }

                continue;
            }

            var field = candidates[random.Next(candidates.Count)];
            if (random.Next(4) == 0)
            {
                builder.Append(" a").Append(random.Next(3)).Append(':');
            }

            builder.Append(' ').Append(choice == 2 ? field.Name + "x" : field.Name);
            if (field.Arguments.Count > 0 && random.Next(4) != 0)
            {
                var argument = field.Arguments[random.Next(field.Arguments.Count)];
                builder.Append('(').Append(argument.Name).Append(": ").Append(Values[random.Next(Values.Length)]).Append(')');
            }

            if (random.Next(8) == 0)
            {
                builder.Append(random.Next(2) == 0 ? " @skip(if: $v)" : " @include(if: true) @include(if: false)");
            }

            var fieldType = field.Type.NamedType;
            if (fieldType is FieldContainerType or UnionType ? random.Next(10) != 0 && depth < 5 : random.Next(10) == 0)
            {
                AppendSelectionSet(builder, schema, fieldType, random, depth + 1, fragments);
            }
        }

        builder.Append(" }");
    }

    private static List<(string Schema, string Source)> LoadCorpus()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(ConformanceDirectory.Path, "corpus", "validation", "documents.json")));
        return json.RootElement.EnumerateArray().Select(e => (e.GetProperty("schema").GetString()!, e.GetProperty("source").GetString()!)).ToList();
    }

    private static string[] Vocabulary()
    {
        var names = new[] { ValidationSchemas.Spec, ValidationSchemas.StarWars }
            .SelectMany(s => s.Types.Where(t => !t.IsIntrospectionType).SelectMany(t => (t as FieldContainerType)?.Fields.Select(f => f.Name).Append(t.Name) ?? [t.Name]))
            .Concat(["dogCommand", "atOtherHomes", "complex", "name", "episode", "skip", "include", "onField", "repeatable", "__typename", "__schema", "__type"])
            .Distinct();
        return [.. names, .. Punctuation, .. Values, .. Keywords];
    }

    [GeneratedRegex("\"\"\"[\\s\\S]*?\"\"\"|\"(?:[^\"\\\\]|\\\\.)*\"|\\.\\.\\.|[A-Za-z_][A-Za-z0-9_]*|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|\\S")]
    private static partial Regex Tokens();

    private sealed class Outcome
    {
        public int SyntaxErrors { get; set; }

        public int Valid { get; set; }

        public int Invalid { get; set; }
    }
}
