using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Tests.Language;

public sealed class StringValueTests
{
    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"\"", "")]
    [InlineData(@"""\"" \\ \/ \b \f \n \r \t""", "\" \\ / \b \f \n \r \t")]
    [InlineData(@"""\u00e9\u00C9""", "éÉ")]
    [InlineData(@"""\u{1F600}""", "😀")]
    [InlineData(@"""\u{41}\u{000041}""", "AA")]
    [InlineData(@"""\u{10FFFF}""", "\U0010FFFF")]
    [InlineData(@"""\uD83D\uDE00""", "😀")]
    [InlineData(@"""\u0000""", "\0")]
    [InlineData("\"raw é 😀 \u0001\"", "raw é 😀 \u0001")]
    [InlineData(@"""a\nb""", "a\nb")]
    public void Escapes_and_raw_unicode_become_the_value(string literal, string expected)
    {
        var value = Assert.IsType<StringValueNode>(Parser.ParseValue(literal));
        Assert.Equal(expected, value.Value);
        Assert.False(value.Block);
    }

    [Theory]
    [InlineData(@"""\x""", "Invalid character escape sequence: \"\\x\".")]
    [InlineData(@"""\u12""", "Invalid Unicode escape sequence: \"\\u12\"\".")]
    [InlineData(@"""\u{}""", "Invalid Unicode escape sequence: \"\\u{}\".")]
    [InlineData(@"""\u{110000}""", "Invalid Unicode escape sequence: \"\\u{110000}\".")]
    [InlineData(@"""\u{D800}""", "Invalid Unicode escape sequence: \"\\u{D800}\".")]
    [InlineData(@"""\uD800""", "Invalid Unicode escape sequence: \"\\uD800\".")]
    [InlineData(@"""\uDC00\uD800""", "Invalid Unicode escape sequence: \"\\uDC00\".")]
    [InlineData(@"""\uD800\u0041""", "Invalid Unicode escape sequence: \"\\uD800\".")]
    [InlineData("\"abc", "Unterminated string.")]
    [InlineData("\"ab\ncd\"", "Unterminated string.")]
    public void Bad_escapes_and_unterminated_strings_are_errors(string literal, string description)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(literal));
        Assert.Equal(description, error.Description);
    }

    [Fact]
    public void Escape_error_points_at_the_backslash()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ f(a: \"ok \\q\") }"));
        Assert.Equal((1, 12), (error.Line, error.Column));
    }
}
