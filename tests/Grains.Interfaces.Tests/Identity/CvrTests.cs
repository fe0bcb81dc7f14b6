using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Tests.Identity;

public sealed class CvrTests
{
    [Fact]
    public void Eight_digits_not_starting_with_zero_is_a_cvr()
    {
        var cvr = Cvr.Parse("12345678");

        Assert.Equal("12345678", cvr.Value);
        Assert.Equal("12345678", cvr.ToString());
    }

    [Theory]
    [InlineData("02345678", "CVR '02345678' starts with 0; CVR numbers start with 1-9")]
    [InlineData("1234567", "CVR '1234567' has 7 characters; expected 8 digits")]
    [InlineData("123456789", "CVR '123456789' has 9 characters; expected 8 digits")]
    [InlineData("1234-678", "CVR '1234-678' contains a non-digit '-' at position 5")]
    public void Malformed_cvr_is_refused_with_a_message_naming_the_problem(string input, string expected)
    {
        Assert.False(Cvr.TryParse(input, out _, out var error));
        Assert.Equal(expected, error);
        Assert.Equal(expected, Assert.Throws<IdentityFormatException>(() => Cvr.Parse(input)).Message);
    }
}
