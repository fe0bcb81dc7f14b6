using DigitalPost.Grains.Interfaces.Notifications;

namespace DigitalPost.Grains.Tests.Notifications;

public sealed class DanishMobileNumberTests
{
    [Theory]
    [InlineData("+45 12 34 56 78")]
    [InlineData("+4512345678")]
    [InlineData("004512345678")]
    [InlineData("0045 12 34 56 78")]
    [InlineData("12345678")]
    [InlineData("12 34 56 78")]
    [InlineData("+45-1234-5678")]
    [InlineData(" (+45) 1234 5678 ")]
    public void Danish_numbers_in_the_usual_notations_are_accepted_as_plus_45(string input)
    {
        var number = DanishMobileNumber.Parse(input);

        Assert.Equal("+4512345678", number.Value);
        Assert.Equal("12345678", number.NationalNumber);
    }

    [Theory]
    [InlineData("+46 70 123 45 67")]
    [InlineData("+4670123456")]
    [InlineData("0046701234567")]
    [InlineData("+1 555 123 4567")]
    [InlineData("+298 123456")]
    public void A_foreign_country_code_is_refused_with_a_message_naming_the_value(string input)
    {
        var error = Assert.Throws<NotificationAddressException>(() => DanishMobileNumber.Parse(input));

        Assert.Equal($"SMS notifications accept Danish +45 numbers only; got {input.Trim()}", error.Message);
    }

    [Theory]
    [InlineData("1234567", "got 7 digits")]
    [InlineData("+45 123456789", "got 9 digits")]
    [InlineData("1234567a", "'a' is not a digit")]
    public void Malformed_numbers_are_refused_saying_what_is_wrong(string input, string expected)
    {
        var error = Assert.Throws<NotificationAddressException>(() => DanishMobileNumber.Parse(input));

        Assert.Contains(input, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_number_is_refused()
    {
        Assert.False(DanishMobileNumber.TryParse("  ", out _, out var error));
        Assert.Equal("Mobile number is missing", error);
    }

    [Fact]
    public void ToString_masks_all_but_the_last_two_digits()
    {
        var number = DanishMobileNumber.Parse("12345678");

        Assert.Equal("+45 ******78", number.ToString());
        Assert.DoesNotContain("123456", $"{number}", StringComparison.Ordinal);
    }
}
