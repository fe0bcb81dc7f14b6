using DigitalPost.Grains.AuthorityDirectory;

namespace DigitalPost.Grains.Tests.AuthorityDirectory;

public sealed class AuthorityNameFoldingTests
{
    [Theory]
    [InlineData("Københavns Kommune", "koebenhavns kommune", "kobenhavns kommune")]
    [InlineData("Høje-Taastrup Kommune", "hoeje taastrup kommune", "hoje taastrup kommune")]
    [InlineData("Ærø Kommune", "aeroe kommune", "aro kommune")]
    [InlineData("Åbenrå", "aabenraa", "abenra")]
    [InlineData("  Sø- og Handelsretten ", "soe og handelsretten", "so og handelsretten")]
    [InlineData("Café Émile", "cafe emile", "cafe emile")]
    [InlineData("ÆØÅ æøå", "aeoeaa aeoeaa", "aoa aoa")]
    public void Names_fold_to_lower_case_ascii_both_ways(string name, string folded, string stripped)
    {
        Assert.Equal(folded, AuthorityNameFolding.Folded(name));
        Assert.Equal(stripped, AuthorityNameFolding.Stripped(name));
    }
}
