using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Settings;

namespace DigitalPost.GraphQLGateway.Tests.Settings;

public sealed class GrantViewTests
{
    [Fact]
    public void A_grant_id_names_the_mailbox_and_the_grant_and_hides_both()
    {
        var mailbox = MailboxId.ForCitizen(Cpr.Parse("0101901234"));
        var grant = new DelegationGrant(Guid.NewGuid(), "0202801234", AccessLevel.Read, GrantKind.Delegate, DateTimeOffset.UnixEpoch, null, false);

        var view = new GrantView(mailbox, grant);

        Assert.True(GlobalId.TryDecode(view.Id, out var type, out var key));
        Assert.Equal("Grant", type);
        Assert.True(GlobalId.TrySplitChildKey(key, out var decodedMailbox, out var rest));
        Assert.Equal(mailbox, decodedMailbox);
        Assert.Equal(grant.GrantId.ToString("D"), rest);
        Assert.DoesNotContain("0101901234", view.Id, StringComparison.Ordinal);
        Assert.DoesNotContain("0101901234", view.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_view_shows_the_grants_fields()
    {
        var expires = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var grant = new DelegationGrant(Guid.NewGuid(), "0202801234", AccessLevel.ReadWrite, GrantKind.Estate, DateTimeOffset.UnixEpoch, expires, true);

        var view = new GrantView(MailboxId.ForCitizen(Cpr.Parse("0101901234")), grant);

        Assert.Equal(("0202801234", AccessLevel.ReadWrite, GrantKind.Estate, DateTimeOffset.UnixEpoch, (DateTimeOffset?)expires, true),
            (view.DelegateCpr, view.Level, view.Kind, view.GrantedAt, view.ExpiresAt, view.NotifyDelegate));
    }
}
