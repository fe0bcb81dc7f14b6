using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.Receipts;

/// <summary>Receipts to senders, per message and per sender.</summary>
public sealed class ReceiptTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    [Fact]
    public async Task An_authority_lists_its_own_receipts_newest_first_and_per_message_and_never_another_senders()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var authority = TestPeople.Authority();
        var other = TestPeople.Authority();
        var alive = TestPeople.Adult();
        var dead = TestPeople.Adult();
        await host.Citizen(dead).RecordDeathAsync(MailboxTestHost.Start);
        var toAlive = TestLetters.Letter(MailboxId.ForCitizen(alive), legal: true);
        var toDead = TestLetters.Letter(MailboxId.ForCitizen(dead));
        await host.Authority(authority).SendAsync(ActorContext.Authority(authority), toAlive);
        await host.Authority(authority).SendAsync(ActorContext.Authority(authority), toDead);
        await host.Authority(other).SendAsync(ActorContext.Authority(other), TestLetters.Letter(MailboxId.ForCitizen(alive)));
        await host.Citizen(alive).OpenMessageAsync(TestPeople.Self(alive), toAlive.Header.MessageUuid);

        var all = await host.Authority(authority).ListReceiptsAsync(ActorContext.Authority(authority), null, 100);
        var forAlive = await host.Authority(authority).ListReceiptsAsync(ActorContext.Authority(authority), toAlive.Header.MessageUuid, 100);

        Assert.Equal([ReceiptStatus.Completed, ReceiptStatus.NotAllowed, ReceiptStatus.Received], all.Select(r => r.Status));
        Assert.Equal([ReceiptStatus.Completed, ReceiptStatus.Received], forAlive.Select(r => r.Status));
        Assert.All(all, r => Assert.Equal(MailboxId.ForAuthority(authority).Value, r.SenderId));
    }

    [Fact]
    public async Task Another_authority_cannot_read_an_authoritys_receipts()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var authority = TestPeople.Authority();
        var other = TestPeople.Authority();

        await Assert.ThrowsAsync<MailboxActionException>(() => host.Authority(authority).ListReceiptsAsync(ActorContext.Authority(other), null, 10));
    }

    [Fact]
    public async Task A_message_to_an_unknown_kind_of_recipient_gets_an_INVALID_receipt()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var authority = TestPeople.Authority();
        var letter = TestLetters.Letter(MailboxId.ForCitizen(TestPeople.Adult()));
        letter = letter with { Header = letter.Header with { Recipient = new() { RecipientId = "12", IdType = "CPR" } } };

        var result = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);

        Assert.Equal(ReceiptStatus.Invalid, result.Receipt);
        Assert.Equal(ReceiptReasons.RecipientNotFound, result.ReasonCode);
    }
}
