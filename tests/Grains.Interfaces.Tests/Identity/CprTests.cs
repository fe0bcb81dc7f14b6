using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Tests.Identity;

public sealed class CprTests
{
    [Theory]
    [InlineData("0101901234", 1990, 1, 1)]
    [InlineData("2211771212", 1977, 11, 22)]
    [InlineData("2512169996", 2016, 12, 25)] // 7th digit 9, year 16 → 2000s
    [InlineData("0101374123", 1937, 1, 1)] // 7th digit 4, year 37 → 1900s
    [InlineData("0101364123", 2036, 1, 1)] // 7th digit 4, year 36 → 2000s
    [InlineData("0101585123", 1858, 1, 1)] // 7th digit 5, year 58 → 1800s
    [InlineData("0101575123", 2057, 1, 1)] // 7th digit 5, year 57 → 2000s
    [InlineData("0101999123", 1999, 1, 1)] // 7th digit 9, year 99 → 1900s
    [InlineData("0101003123", 1900, 1, 1)] // 7th digit 0-3 → 1900s
    public void Valid_cpr_parses_with_the_century_of_the_seventh_digit(string input, int year, int month, int day)
    {
        var cpr = Cpr.Parse(input);

        Assert.Equal(input, cpr.Value);
        Assert.Equal(new DateOnly(year, month, day), cpr.BirthDate);
    }

    [Fact]
    public void Dashed_form_is_accepted_and_stored_without_the_dash()
    {
        var cpr = Cpr.Parse("010190-1234");

        Assert.Equal("0101901234", cpr.Value);
        Assert.Equal("010190-1234", cpr.Formatted);
        Assert.Equal(Cpr.Parse("0101901234"), cpr);
    }

    [Fact]
    public void No_modulus_11_check_is_made()
    {
        // 0101901235 fails modulus 11; numbers issued since 2007 need not satisfy it.
        Assert.True(Cpr.TryParse("0101901235", out _));
    }

    [Fact]
    public void Leap_day_depends_on_the_century_the_seventh_digit_gives()
    {
        // 29 Feb 00: the 7th digit 4 puts it in 2000 (a leap year), 1 puts it in 1900 (not one).
        Assert.Equal(new DateOnly(2000, 2, 29), Cpr.Parse("2902004234").BirthDate);
        Assert.False(Cpr.TryParse("2902001234", out _, out var error));
        Assert.Equal("CPR '2902001234' has no valid date: day 29", error);
    }

    [Theory]
    [InlineData("3213901234", "CPR '3213901234' has no valid date: month 13")]
    [InlineData("3201901234", "CPR '3201901234' has no valid date: day 32")]
    [InlineData("0001901234", "CPR '0001901234' has no valid date: day 0")]
    [InlineData("2902011234", "CPR '2902011234' has no valid date: day 29")]
    [InlineData("3104901234", "CPR '3104901234' has no valid date: day 31")]
    [InlineData("010190123", "CPR '010190123' has 9 characters; expected 10 digits (or DDMMYY-SSSS)")]
    [InlineData("01019012345", "CPR '01019012345' must be 10 digits, optionally written DDMMYY-SSSS")]
    [InlineData("01019O1234", "CPR '01019O1234' contains a non-digit 'O' at position 6")]
    [InlineData("010190-12a4", "CPR '010190-12a4' contains a non-digit 'a' at position 10")]
    [InlineData("", "CPR '' has 0 characters; expected 10 digits (or DDMMYY-SSSS)")]
    public void Malformed_cpr_is_refused_with_a_message_naming_the_problem(string input, string expected)
    {
        Assert.False(Cpr.TryParse(input, out _, out var error));
        Assert.Equal(expected, error);
        var ex = Assert.Throws<IdentityFormatException>(() => Cpr.Parse(input));
        Assert.Equal(expected, ex.Message);
    }

    [Fact]
    public void Missing_cpr_is_refused()
    {
        Assert.False(Cpr.TryParse(null, out _, out var error));
        Assert.Equal("CPR is missing", error);
    }

    [Fact]
    public void ToString_masks_the_sequence_number_so_logs_never_carry_a_full_cpr()
    {
        var cpr = Cpr.Parse("0101901234");

        Assert.Equal("010190-****", cpr.ToString());
        Assert.Equal("010190-****", cpr.Masked);
        Assert.DoesNotContain("1234", $"{cpr}", StringComparison.Ordinal);
    }
}
