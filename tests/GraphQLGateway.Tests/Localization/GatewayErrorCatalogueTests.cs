using DigitalPost.GraphQLGateway.Localization;

namespace DigitalPost.GraphQLGateway.Tests.Localization;

public sealed class GatewayErrorCatalogueTests
{
    [Fact]
    public void Every_code_has_distinct_danish_and_english_messages()
    {
        foreach (var code in typeof(GatewayErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!))
        {
            Assert.True(GatewayErrorCatalogue.Contains(code), code);
            var danish = GatewayErrorCatalogue.Message(code, GatewayLanguage.Danish, "x");
            var english = GatewayErrorCatalogue.Message(code, GatewayLanguage.English, "x");
            Assert.NotEqual(danish, english);
        }
    }

    [Theory]
    [InlineData(GatewayLanguage.Danish)]
    [InlineData(GatewayLanguage.English)]
    public void Forbidden_and_not_found_read_the_same(GatewayLanguage language) =>
        Assert.Equal(
            GatewayErrorCatalogue.Message(GatewayErrorCodes.Forbidden, language),
            GatewayErrorCatalogue.Message(GatewayErrorCodes.NotFound, language));

    [Fact]
    public void Arguments_are_formatted_into_the_message() =>
        Assert.Equal("Invalid input: first must be at most 100", GatewayErrorCatalogue.Message(GatewayErrorCodes.Validation, GatewayLanguage.English, "first must be at most 100"));

    [Fact]
    public void Unknown_code_is_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => GatewayErrorCatalogue.Message("NOPE", GatewayLanguage.Danish));
}
