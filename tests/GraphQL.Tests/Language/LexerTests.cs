using System.Text;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Tests.Language;

public sealed class LexerTests
{
    [Fact]
    public void Every_punctuator_is_a_token_of_its_own_kind()
    {
        var kinds = Lex("! $ & ( ) ... : = @ [ ] { | }");
        Assert.Equal(
            [
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
                TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL,
                TokenKind.Pipe, TokenKind.BraceR, TokenKind.EndOfFile,
            ],
            kinds.Select(t => t.Kind));
    }

    [Fact]
    public void Whitespace_commas_comments_and_byte_order_marks_are_skipped()
    {
        var tokens = Lex("\uFEFF ,\t# comment \u00e9\n  name1,,name2 # end");
        Assert.Equal([TokenKind.Name, TokenKind.Name, TokenKind.EndOfFile], tokens.Select(t => t.Kind));
        Assert.Equal("name1", tokens[0].Text);
        Assert.Equal("name2", tokens[1].Text);
    }

    [Fact]
    public void Names_are_letters_digits_and_underscores_not_starting_with_a_digit()
    {
        var tokens = Lex("_ _a1 A_b_C9 x");
        Assert.Equal(["_", "_a1", "A_b_C9", "x"], tokens.Where(t => t.Kind == TokenKind.Name).Select(t => t.Text));
    }

    [Theory]
    [InlineData("a\nb", 2, 1)]
    [InlineData("a\r\nb", 2, 1)]
    [InlineData("a\rb", 2, 1)]
    [InlineData("a\n\r\n\rb", 4, 1)]
    [InlineData("a   b", 1, 5)]
    [InlineData("\"\"\"x\ny\n\"\"\" b", 3, 5)]
    public void Lines_and_columns_follow_every_kind_of_line_terminator(string source, int line, int column)
    {
        var second = Lex(source)[1];
        Assert.Equal((line, column), (second.Line, second.Column));
    }

    [Fact]
    public void Columns_count_utf16_code_units_after_non_ascii_text()
    {
        // é is two UTF-8 bytes but one UTF-16 unit; the emoji is four bytes and two units.
        var tokens = Lex("\"é\" \"😀\" x # é\n\uFEFFy");
        Assert.Equal(5, tokens[1].Column);
        Assert.Equal(10, tokens[2].Column);
        Assert.Equal((2, 2), (tokens[3].Line, tokens[3].Column));
        Assert.Equal(Encoding.UTF8.GetByteCount("\"é\" \"😀\" "), tokens[2].Start);
    }

    [Fact]
    public void Token_offsets_are_utf8_byte_offsets()
    {
        var tokens = Lex("{ caf: \"é\" }");
        var stringToken = tokens.Single(t => t.Kind == TokenKind.String);
        Assert.Equal(7, stringToken.Start);
        Assert.Equal(11, stringToken.End);
        Assert.Equal("é", stringToken.Value);
    }

    [Theory]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("  'a'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 3)]
    [InlineData("\u00e9", "Syntax Error: Unexpected character: U+00E9.", 1, 1)]
    [InlineData("\n  \u0007", "Syntax Error: Unexpected character: U+0007.", 2, 3)]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    public void Unexpected_characters_are_reported_where_they_are(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Lex(source));
        Assert.Equal((message, line, column), (error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Invalid_utf8_is_a_syntax_error_not_a_crash()
    {
        byte[] source = [(byte)'{', (byte)' ', 0xFF, (byte)'}'];
        var error = Assert.Throws<GraphQLSyntaxException>(() => Lex(source));
        Assert.Equal(2, error.Position);
        Assert.Contains("invalid UTF-8", error.Message, StringComparison.Ordinal);

        byte[] inString = [(byte)'"', 0xC3, (byte)'"'];
        Assert.Throws<GraphQLSyntaxException>(() => Lex(inString));
        byte[] inComment = [(byte)'#', 0xE2, 0x82, (byte)'\n'];
        Assert.Throws<GraphQLSyntaxException>(() => Lex(inComment));
    }

    internal static List<LexedToken> Lex(string source) => Lex(Encoding.UTF8.GetBytes(source));

    internal static List<LexedToken> Lex(byte[] source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<LexedToken>();
        do
        {
            lexer.Advance();
            tokens.Add(new LexedToken(
                lexer.Kind,
                Encoding.UTF8.GetString(lexer.TokenBytes),
                lexer.StringValue,
                lexer.Start,
                lexer.End,
                lexer.Line,
                lexer.Column));
        }
        while (lexer.Kind != TokenKind.EndOfFile);

        return tokens;
    }

    internal sealed record LexedToken(TokenKind Kind, string Text, string? Value, int Start, int End, int Line, int Column);
}
