using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.Mailboxes;

/// <summary>Mailbox events on the per-mailbox stream, for live sync across platforms.</summary>
public sealed class MailboxEventsTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    [Fact]
    public async Task Delivery_folder_changes_moves_deletes_and_restores_are_published_in_order_with_the_acting_platform()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var mailbox = MailboxId.ForCitizen(cpr);
        var authority = TestPeople.Authority();
        await host.WatchAsync(mailbox);
        var letter = TestLetters.Letter(mailbox);
        var me = TestPeople.Self(cpr, Platform.MitDk);

        await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);
        var folder = await host.Citizen(cpr).CreateFolderAsync(me, "Bolig");
        await host.Citizen(cpr).MoveMessageAsync(me, letter.Header.MessageUuid, folder.FolderId);
        await host.Citizen(cpr).DeleteMessageAsync(me, letter.Header.MessageUuid);
        var restored = host.NextEvent(e => e.Kind == MailboxEventKind.Restored && e.Mailbox == mailbox.Value);
        await host.Citizen(cpr).RestoreMessageAsync(me, letter.Header.MessageUuid);
        var last = await restored;

        Assert.Equal(
            [MailboxEventKind.Delivered, MailboxEventKind.FolderCreated, MailboxEventKind.Moved, MailboxEventKind.Deleted, MailboxEventKind.Restored],
            host.EventsOf(mailbox).Select(e => e.Kind));
        Assert.Equal(folder.FolderId, last.FolderId);
        Assert.All(host.EventsOf(mailbox).Skip(1), e => Assert.Equal(Platform.MitDk, e.Platform));
    }
}
