using DigitalPost.Grains.Interfaces.Notifications;

namespace DigitalPost.Grains.Tests.Notifications;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("jens.hansen@example.dk", "jens.hansen@example.dk")]
    [InlineData("  Jens+post@Mail.Example.DK ", "Jens+post@mail.example.dk")]
    [InlineData("a@b.co", "a@b.co")]
    public void Ordinary_addresses_are_accepted_with_the_domain_lower_cased(string input, string expected)
    {
        Assert.Equal(expected, EmailAddress.Parse(input).Value);
    }

    [Theory]
    [InlineData("jens.example.dk", "exactly one '@'")]
    [InlineData("jens@@example.dk", "exactly one '@'")]
    [InlineData("jens hansen@example.dk", "contains ' '")]
    [InlineData("@example.dk", "1-64 characters")]
    [InlineData("jens@localhost", "at least two parts")]
    [InlineData("jens@example.d", "top-level domain 'd'")]
    [InlineData("jens@-example.dk", "'-example'")]
    [InlineData(".jens@example.dk", "dots")]
    public void Malformed_addresses_are_refused_saying_what_is_wrong(string input, string expected)
    {
        var error = Assert.Throws<NotificationAddressException>(() => EmailAddress.Parse(input));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_masks_the_local_part()
    {
        Assert.Equal("j***@example.dk", EmailAddress.Parse("jens@example.dk").ToString());
    }
}
