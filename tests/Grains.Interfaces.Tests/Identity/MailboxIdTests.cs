using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Tests.Identity;

public sealed class MailboxIdTests
{
    [Fact]
    public void Citizen_mailbox_round_trips_through_its_string_form()
    {
        var id = MailboxId.Parse("cpr:0101901234");

        Assert.Equal(MailboxKind.Citizen, id.Kind);
        Assert.Equal("cpr:0101901234", id.Value);
        Assert.Equal(Cpr.Parse("0101901234"), id.Cpr);
        Assert.Equal(MailboxId.ForCitizen(Cpr.Parse("010190-1234")), id);
    }

    [Fact]
    public void Business_and_authority_mailboxes_parse()
    {
        var business = MailboxId.Parse("cvr:12345678");
        var authority = MailboxId.Parse("authority:aalborg-kommune");

        Assert.Equal(MailboxKind.Business, business.Kind);
        Assert.Equal(Cvr.Parse("12345678"), business.Cvr);
        Assert.Equal("cvr:12345678", business.ToString());
        Assert.Equal(MailboxKind.Authority, authority.Kind);
        Assert.Equal(AuthorityId.Parse("aalborg-kommune"), authority.AuthorityId);
        Assert.Equal("authority:aalborg-kommune", authority.Value);
    }

    [Fact]
    public void Citizen_mailbox_ToString_masks_the_cpr()
    {
        var id = MailboxId.Parse("cpr:0101901234");

        Assert.Equal("cpr:010190-****", id.ToString());
    }

    [Theory]
    [InlineData("0101901234", "Mailbox id has no kind prefix; expected 'cpr:', 'cvr:' or 'authority:'")]
    [InlineData("cpx:0101901234", "Mailbox id has unknown kind 'cpx'; expected 'cpr', 'cvr' or 'authority'")]
    [InlineData("cpr:3201901234", "Mailbox id is not a valid citizen id: CPR '3201901234' has no valid date: day 32")]
    [InlineData("cvr:0123", "Mailbox id 'cvr:0123' is not a valid business id: CVR '0123' has 4 characters; expected 8 digits")]
    [InlineData("authority:", "Mailbox id 'authority:' is not a valid authority id: Authority id '' has 0 characters; expected 2 to 64")]
    public void Malformed_mailbox_id_is_refused_with_a_message_naming_the_problem(string input, string expected)
    {
        Assert.False(MailboxId.TryParse(input, out _, out var error));
        Assert.Equal(expected, error);
        Assert.Equal(expected, Assert.Throws<IdentityFormatException>(() => MailboxId.Parse(input)).Message);
    }

    [Fact]
    public void Asking_a_business_mailbox_for_a_cpr_fails()
    {
        var business = MailboxId.Parse("cvr:12345678");

        Assert.Throws<InvalidOperationException>(() => business.Cpr);
    }
}
