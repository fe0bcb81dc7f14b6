using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.MeMo;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.Messages;

/// <summary>Legal service (forkyndelse): served once, on open, move or delete by the owner or a delegate, with a receipt.</summary>
public sealed class LegalServiceTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    private static async Task<(Cpr Cpr, AuthorityId Authority, MeMoMessage Letter)> DeliverLegalAsync(MailboxTestHost host)
    {
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var letter = TestLetters.Letter(MailboxId.ForCitizen(cpr), legal: true, label: "Afgørelse");
        Assert.Equal(DeliveryOutcome.Delivered, (await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter)).Outcome);
        return (cpr, authority, letter);
    }

    private static async Task<IReadOnlyList<Receipt>> CompletedAsync(MailboxTestHost host, AuthorityId authority, Guid uuid) =>
        [.. (await host.Authority(authority).ListReceiptsAsync(ActorContext.Authority(authority), uuid, 10)).Where(r => r.Status == ReceiptStatus.Completed)];

    [Fact]
    public async Task A_legal_notification_is_served_when_the_owner_first_opens_it_once_with_one_COMPLETED_receipt()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, authority, letter) = await DeliverLegalAsync(host);

        var first = await host.Citizen(cpr).OpenMessageAsync(TestPeople.Self(cpr), letter.Header.MessageUuid);
        host.Time.Advance(TimeSpan.FromDays(1));
        var second = await host.Citizen(cpr).OpenMessageAsync(TestPeople.Self(cpr), letter.Header.MessageUuid);

        Assert.Equal(MailboxTestHost.Start, first.Summary.ServedAt);
        Assert.Equal(MailboxTestHost.Start, second.Summary.ServedAt);
        var receipt = Assert.Single(await CompletedAsync(host, authority, letter.Header.MessageUuid));
        Assert.Equal(ReceiptReasons.LegalNotificationServed, receipt.ReasonCode);
        Assert.Equal(MailboxTestHost.Start, receipt.CreatedAt);
    }

    [Fact]
    public async Task Moving_an_unopened_legal_notification_serves_it()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, authority, letter) = await DeliverLegalAsync(host);

        await host.Citizen(cpr).MoveMessageAsync(TestPeople.Self(cpr), letter.Header.MessageUuid, SystemFolders.Archive);

        Assert.Single(await CompletedAsync(host, authority, letter.Header.MessageUuid));
    }

    [Fact]
    public async Task Deleting_an_unopened_legal_notification_serves_it()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, authority, letter) = await DeliverLegalAsync(host);

        await host.Citizen(cpr).DeleteMessageAsync(TestPeople.Self(cpr), letter.Header.MessageUuid);

        Assert.Single(await CompletedAsync(host, authority, letter.Header.MessageUuid));
    }

    [Fact]
    public async Task A_read_access_delegate_opening_a_legal_notification_serves_it()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, authority, letter) = await DeliverLegalAsync(host);
        var helper = TestPeople.Adult();
        await host.Citizen(cpr).GrantAccessAsync(TestPeople.Self(cpr), helper, AccessLevel.Read, null);

        var opened = await host.Citizen(cpr).OpenMessageAsync(TestPeople.For(helper, cpr), letter.Header.MessageUuid);

        Assert.NotNull(opened.Summary.ServedAt);
        Assert.Equal(helper.Value, opened.Summary.FirstReadBy);
        Assert.Single(await CompletedAsync(host, authority, letter.Header.MessageUuid));
    }

    [Fact]
    public async Task An_ordinary_message_is_never_served()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var letter = TestLetters.Letter(MailboxId.ForCitizen(cpr));
        await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);

        var opened = await host.Citizen(cpr).OpenMessageAsync(TestPeople.Self(cpr), letter.Header.MessageUuid);

        Assert.Null(opened.Summary.ServedAt);
        Assert.Empty(await CompletedAsync(host, authority, letter.Header.MessageUuid));
    }
}
