using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Tests.Identity;

public sealed class AuthorityIdTests
{
    [Theory]
    [InlineData("aalborg-kommune")]
    [InlineData("skattestyrelsen")]
    [InlineData("region-nordjylland")]
    [InlineData("29189854")]
    public void Lower_case_slug_or_cvr_is_an_authority_id(string input)
    {
        Assert.Equal(input, AuthorityId.Parse(input).Value);
    }

    [Theory]
    [InlineData("Aalborg", "Authority id 'Aalborg' contains 'A' at position 1; only a-z, 0-9 and '-' are allowed")]
    [InlineData("aalborg--kommune", "Authority id 'aalborg--kommune' has a dash at the start, at the end or doubled (position 9)")]
    [InlineData("-aalborg", "Authority id '-aalborg' has a dash at the start, at the end or doubled (position 1)")]
    [InlineData("aalborg-", "Authority id 'aalborg-' has a dash at the start, at the end or doubled (position 8)")]
    [InlineData("a", "Authority id 'a' has 1 characters; expected 2 to 64")]
    [InlineData("københavn", "Authority id 'københavn' contains 'ø' at position 2; only a-z, 0-9 and '-' are allowed")]
    public void Malformed_authority_id_is_refused_with_a_message_naming_the_problem(string input, string expected)
    {
        Assert.False(AuthorityId.TryParse(input, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Authority_id_longer_than_64_is_refused()
    {
        var input = new string('a', 65);
        Assert.False(AuthorityId.TryParse(input, out _, out var error));
        Assert.Equal($"Authority id '{input}' has 65 characters; expected 2 to 64", error);
    }
}
