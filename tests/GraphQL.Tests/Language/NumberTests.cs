using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Tests.Language;

public sealed class NumberTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("42")]
    [InlineData("-2147483649")]
    [InlineData("123456789012345678901234567890")]
    public void Integers_keep_their_source_text(string text)
    {
        var value = Assert.IsType<IntValueNode>(Parser.ParseValue(text));
        Assert.Equal(text, value.Value);
    }

    [Theory]
    [InlineData("0.0")]
    [InlineData("-1.5")]
    [InlineData("1e10")]
    [InlineData("1E-10")]
    [InlineData("6.0221e+23")]
    [InlineData("0e0")]
    public void Floats_need_a_fraction_or_an_exponent_and_keep_their_source_text(string text)
    {
        var value = Assert.IsType<FloatValueNode>(Parser.ParseValue(text));
        Assert.Equal(text, value.Value);
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("-01", "Invalid number, unexpected digit after 0: \"1\".", 3)]
    [InlineData("0x1F", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.e1", "Invalid number, expected digit but got: \"e\".", 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e+", "Invalid number, expected digit but got: <EOF>.", 4)]
    [InlineData("1a", "Invalid number, expected digit but got: \"a\".", 2)]
    [InlineData("1.5.5", "Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("-", "Invalid number, expected digit but got: <EOF>.", 2)]
    [InlineData("-a", "Invalid number, expected digit but got: \"a\".", 2)]
    [InlineData("1_0", "Invalid number, expected digit but got: \"_\".", 2)]
    public void Numbers_running_into_names_dots_or_nothing_are_errors(string text, string description, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(text));
        Assert.Equal(description, error.Description);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void A_leading_dot_is_not_a_number()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(".5"));
        Assert.Equal("Syntax Error: Unexpected character: \".\".", error.Message);
    }
}
