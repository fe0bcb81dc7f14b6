using DigitalPost.GraphQLGateway.Localization;

namespace DigitalPost.GraphQLGateway.Tests.Localization;

public sealed class AcceptLanguageSelectorTests
{
    [Theory]
    [InlineData(null, GatewayLanguage.Danish)]
    [InlineData("", GatewayLanguage.Danish)]
    [InlineData("en", GatewayLanguage.English)]
    [InlineData("en-GB", GatewayLanguage.English)]
    [InlineData("da-DK", GatewayLanguage.Danish)]
    [InlineData("de-DE", GatewayLanguage.Danish)]
    [InlineData("da;q=0.5, en;q=0.8", GatewayLanguage.English)]
    [InlineData("en;q=0.5, da;q=0.8", GatewayLanguage.Danish)]
    [InlineData("de, en;q=0.9, da;q=0.1", GatewayLanguage.English)]
    [InlineData("en, da", GatewayLanguage.English)]
    [InlineData("da, en", GatewayLanguage.Danish)]
    [InlineData("en;q=0.7, da;q=0.7", GatewayLanguage.English)]
    [InlineData("*", GatewayLanguage.Danish)]
    [InlineData("da;q=0, *;q=0.1", GatewayLanguage.English)]
    [InlineData("en;q=0", GatewayLanguage.Danish)]
    [InlineData("nb-NO, en;q=0.9", GatewayLanguage.Danish)]
    [InlineData("en;q=garbage", GatewayLanguage.Danish)]
    public void Highest_quality_known_language_wins_and_danish_is_the_default(string? header, GatewayLanguage expected) =>
        Assert.Equal(expected, AcceptLanguageSelector.Select(header));

    [Theory]
    [InlineData("da;q=0.5, en;q=0.8", GatewayLanguage.English)]
    [InlineData("da;q=0, *;q=0.1", GatewayLanguage.English)]
    [InlineData("en;q=garbage", GatewayLanguage.Danish)]
    public void A_remembered_header_gets_the_same_choice_every_time(string header, GatewayLanguage expected)
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(expected, AcceptLanguageSelector.Select(header));
        }
    }

    [Fact]
    public void Many_distinct_and_long_headers_are_all_still_parsed()
    {
        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(GatewayLanguage.English, AcceptLanguageSelector.Select($"x-{i};q=0.9, en"));
            Assert.Equal(GatewayLanguage.Danish, AcceptLanguageSelector.Select($"x-{i};q=0.9, da"));
        }

        var longHeader = string.Join(", ", Enumerable.Range(0, 40).Select(i => $"x-{i};q=0.1")) + ", en";
        Assert.Equal(GatewayLanguage.English, AcceptLanguageSelector.Select(longHeader));
        Assert.Equal(GatewayLanguage.English, AcceptLanguageSelector.Select(longHeader));
    }
}
