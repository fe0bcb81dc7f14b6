using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Tests.Language;

public sealed class BlockStringTests
{
    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("\"\"\"  first\n    second\n    third\"\"\"", "  first\nsecond\nthird")]
    [InlineData("\"\"\"\n\n  \n  x\n  \n\n\"\"\"", "x")]
    [InlineData("\"\"\"a \\\"\"\" b\"\"\"", "a \"\"\" b")]
    [InlineData("\"\"\"no \\n escapes \\u0041\"\"\"", "no \\n escapes \\u0041")]
    [InlineData("\"\"\"\r\n  crlf\r\n  lines\r\n\"\"\"", "crlf\nlines")]
    [InlineData("\"\"\"\r  cr\r  only\r\"\"\"", "cr\nonly")]
    [InlineData("\"\"\"\n\t\ttabs\n\t\tindent\n\"\"\"", "tabs\nindent")]
    [InlineData("\"\"\"   \n  \n \"\"\"", "")]
    [InlineData("\"\"\"\n  caf\u00e9\n    \U0001F600\n\"\"\"", "caf\u00e9\n  \U0001F600")]
    public void Block_strings_are_dedented_as_the_specification_says(string literal, string expected)
    {
        var value = Assert.IsType<StringValueNode>(Parser.ParseValue(literal));
        Assert.Equal(expected, value.Value);
        Assert.True(value.Block);
    }

    [Fact]
    public void Unterminated_block_string_is_an_error_at_the_end()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue("\"\"\"abc\n  def"));
        Assert.Equal("Syntax Error: Unterminated string.", error.Message);
        Assert.Equal((2, 6), (error.Line, error.Column));
    }

    [Fact]
    public void Tokens_after_a_multi_line_block_string_have_the_right_line()
    {
        var document = Parser.Parse("type T {\n  \"\"\"\n  a\n  b\n  \"\"\"\n  f: Int\n}");
        var field = ((ObjectTypeDefinitionNode)document.Definitions[0]).Fields[0];
        Assert.Equal((2, 3), (field.Location.Line, field.Location.Column));
        Assert.Equal((6, 3), (field.Name.Location.Line, field.Name.Location.Column));
    }
}
