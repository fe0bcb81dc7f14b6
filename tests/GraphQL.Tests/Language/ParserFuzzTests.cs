using System.Text;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Tests.Conformance;

namespace DigitalPost.GraphQL.Tests.Language;

/// <summary>
/// Feeds the parser generated and mutated documents (seeded, so every run sees the same ones): any
/// exception other than <see cref="GraphQLSyntaxException"/> is a bug, as is a printed form of an
/// accepted document that does not parse back to the same tree.
/// </summary>
public sealed class ParserFuzzTests
{
    private const int Seed = 20211026;
    private const int MutatedDocuments = 70_000;
    private const int GeneratedDocuments = 35_000;
    private const string Punctuation = " {}[]()$@:!\"\\.#\n";

    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "|", "&", "...", ",", " ", "\n", "\r\n", "\r", "\t", "#c\n",
        "query", "mutation", "subscription", "fragment", "on", "type", "interface", "union", "enum", "input", "scalar",
        "schema", "directive", "extend", "implements", "repeatable", "true", "false", "null", "FIELD", "a", "_b1",
        "0", "-1", "1.5", "1e3", "0x", "1.", ".5", "\"s\"", "\"\\u{1F600}\"", "\"\\uD83D\\uDE00\"", "\"\\uD800\"", "\"\\q\"",
        "\"\"\"b\n  c\"\"\"", "\"\"\"", "\"", "\\", "'", "é", "😀", "\uFEFF", "\u0000", "?", ".",
    ];

    [Fact]
    public void Mutated_corpus_documents_raise_only_syntax_errors()
    {
        var random = new Random(Seed);
        var seeds = ConformanceCorpus.Load().Select(d => d.Utf8).ToArray();
        var accepted = 0;
        for (var i = 0; i < MutatedDocuments; i++)
        {
            var source = Mutate(seeds[random.Next(seeds.Length)], random);
            accepted += ParseExpectingOnlySyntaxErrors(source, i) ? 1 : 0;
        }

        // Both outcomes must be exercised, or the mutations are too weak or too destructive.
        Assert.InRange(accepted, MutatedDocuments / 50, MutatedDocuments - (MutatedDocuments / 50));
    }

    [Fact]
    public void Generated_token_soup_raises_only_syntax_errors()
    {
        var random = new Random(Seed + 1);
        var builder = new StringBuilder();
        for (var i = 0; i < GeneratedDocuments; i++)
        {
            builder.Clear();
            var count = random.Next(1, 40);
            for (var j = 0; j < count; j++)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
                if (random.Next(3) == 0)
                {
                    builder.Append(' ');
                }
            }

            ParseExpectingOnlySyntaxErrors(Encoding.UTF8.GetBytes(builder.ToString()), i);
        }
    }

    private static bool ParseExpectingOnlySyntaxErrors(byte[] source, int index)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(source);
        }
        catch (GraphQLSyntaxException error)
        {
            Assert.True(error.Line >= 1 && error.Column >= 1, $"document {index}: bad error location");
            return false;
        }
        catch (Exception exception)
        {
            Assert.Fail($"document {index} ({Convert.ToBase64String(source)}) threw {exception}");
            return false;
        }

        var printed = Printer.Print(document);
        var reparsed = Parser.Parse(printed);
        Assert.True(
            GraphQLJsAst.ToJson(document).ToJsonString() == GraphQLJsAst.ToJson(reparsed).ToJsonString(),
            $"document {index} changed when printed:\n{printed}");
        return true;
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        var mutations = random.Next(1, 4);
        for (var m = 0; m < mutations; m++)
        {
            var position = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0:
                    bytes.RemoveAt(position);
                    break;
                case 1:
                    bytes.InsertRange(position, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                    break;
                case 2 when bytes.Count > 0:
                    bytes[position] = (byte)random.Next(256);
                    break;
                case 3 when bytes.Count > 0:
                    var length = Math.Min(random.Next(1, 20), bytes.Count - position);
                    bytes.InsertRange(position, bytes.GetRange(position, length));
                    break;
                case 4 when bytes.Count > 0:
                    bytes.RemoveRange(position, Math.Min(random.Next(1, 10), bytes.Count - position));
                    break;
                default:
                    bytes.Insert(position, (byte)Punctuation[random.Next(Punctuation.Length)]);
                    break;
            }
        }

        return [.. bytes];
    }
}
