using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Tests.Conformance;

namespace DigitalPost.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    [Fact]
    public void Prints_operations_in_graphql_js_style()
    {
        var printed = Printer.Print(Parser.Parse("query Q($a:Int=1)@d{alias:f(x:[1,2],o:{k:\"v\"})@skip(if:$a){...F ...on T{b}}}"));
        Assert.Equal(
            "query Q($a: Int = 1) @d {\n  alias: f(x: [1, 2], o: {k: \"v\"}) @skip(if: $a) {\n    ...F\n    ... on T {\n      b\n    }\n  }\n}",
            printed);
    }

    [Fact]
    public void Anonymous_query_without_variables_prints_as_shorthand()
    {
        Assert.Equal("{\n  a\n}", Printer.Print(Parser.Parse("query { a }")));
        Assert.Equal("query ($v: Int) {\n  a\n}", Printer.Print(Parser.Parse("query ($v: Int) { a }")));
    }

    [Fact]
    public void Prints_type_system_definitions_with_descriptions()
    {
        const string source = "\"\"\"\nObject\nwith two lines\n\"\"\"\ntype T implements A & B @d {\n  \"field\"\n  f(\n    \"arg\"\n    a: Int = 1\n  ): [String!]!\n}\n\n" +
            "directive @x(a: Int) repeatable on FIELD | OBJECT\n\nunion U = A | B\n\nextend enum E @d {\n  X\n}";
        Assert.Equal(source, Printer.Print(Parser.Parse(source)));
        Assert.Equal("\"\"\"Short\"\"\"\nscalar S", Printer.Print(Parser.Parse("\"\"\"\n  Short\n\"\"\" scalar S")));
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("  leading space")]
    [InlineData("line one\nline two\n  indented")]
    [InlineData("contains \"\"\" triple quotes")]
    [InlineData("ends with quote\"")]
    [InlineData("ends with backslash\\")]
    [InlineData("\n leading blank line")]
    [InlineData("trailing spaces line\n   ")]
    [InlineData("carriage\rreturn")]
    [InlineData("")]
    [InlineData("a very long single line that goes on and on and on and on and on and on beyond seventy")]
    public void String_values_survive_printing_whether_block_or_quoted(string value)
    {
        foreach (var block in new[] { true, false })
        {
            var node = new StringValueNode { Value = value, Block = block };
            var reparsed = Assert.IsType<StringValueNode>(Parser.ParseValue(Printer.Print(node)));
            Assert.Equal(value, reparsed.Value);
        }
    }

    [Fact]
    public void Block_strings_that_cannot_hold_the_value_fall_back_to_quoted_strings()
    {
        Assert.Equal("\"\\n leading blank line\"", Printer.Print(new StringValueNode { Value = "\n leading blank line", Block = true }));
        Assert.Equal("\"\"\"kept\"\"\"", Printer.Print(new StringValueNode { Value = "kept", Block = true }));
    }

    [Fact]
    public void Quoted_strings_escape_quotes_backslashes_and_control_characters()
    {
        Assert.Equal("\"a\\\"b\\\\c\\n\\u0001\\u007F é\"", Printer.Print(new StringValueNode { Value = "a\"b\\c\n\u0001\u007F é" }));
    }

    [Fact]
    public void Every_corpus_document_prints_to_source_that_parses_to_the_same_ast()
    {
        var checkedDocuments = 0;
        foreach (var document in ConformanceCorpus.Load())
        {
            DocumentNode parsed;
            try
            {
                parsed = Parser.Parse(document.Utf8);
            }
            catch (GraphQLSyntaxException)
            {
                continue;
            }

            var printed = Printer.Print(parsed);
            var reparsed = Parser.Parse(printed);
            Assert.True(
                GraphQLJsAst.ToJson(parsed).ToJsonString() == GraphQLJsAst.ToJson(reparsed).ToJsonString(),
                $"{document.Name} does not survive printing:\n{printed}");
            Assert.Equal(printed, Printer.Print(reparsed));
            checkedDocuments++;
        }

        Assert.True(checkedDocuments > 150, $"only {checkedDocuments} documents parsed");
    }
}
