using DigitalPost.LoadTests.Cli;

namespace DigitalPost.LoadTests.Tests.Cli;

public sealed class DurationParserTests
{
    [Theory]
    [InlineData("500ms", 0.5)]
    [InlineData("30s", 30)]
    [InlineData("2m", 120)]
    [InlineData("1.5h", 5400)]
    [InlineData("45", 45)]
    [InlineData("00:01:30", 90)]
    public void Durations_are_read_in_every_supported_form(string text, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), DurationParser.TryParse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5s")]
    public void Anything_else_is_not_a_duration(string text)
    {
        Assert.Null(DurationParser.TryParse(text));
    }
}
