using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Mailboxes;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Grains.Tests.Mailboxes;

/// <summary>
/// The mailbox version (<see cref="IMailboxGrain.GetVersionAsync"/>) that the gateway's response cache checks: unchanged
/// while nothing changes, different after every change a listing or the unread count could show, and never repeated by a
/// new activation.
/// </summary>
public sealed class MailboxVersionTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    [Fact]
    public async Task The_version_stays_while_the_mailbox_is_only_read()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, me, _) = await DeliveredAsync(host);
        var mailbox = host.Citizen(cpr);
        var before = await mailbox.GetVersionAsync();

        await mailbox.ListMessagesAsync(me, new MessageQuery());
        await mailbox.GetProfileAsync(me);
        await mailbox.ListMessagesAsync(me, new MessageQuery(FolderId: SystemFolders.Deleted));

        Assert.Equal(before, await mailbox.GetVersionAsync());
    }

    [Fact]
    public async Task Delivery_read_unread_open_move_delete_restore_and_folder_changes_each_change_the_version()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, me, letter) = await DeliveredAsync(host);
        var uuid = letter.Header.MessageUuid;
        var mailbox = host.Citizen(cpr);
        var authority = TestPeople.Authority();
        var seen = new List<MailboxVersion> { await mailbox.GetVersionAsync() };

        async Task ChangedAsync(Func<Task> change)
        {
            await change();
            var now = await mailbox.GetVersionAsync();
            Assert.DoesNotContain(now, seen);
            seen.Add(now);
        }

        await ChangedAsync(() => host.Authority(authority).SendAsync(ActorContext.Authority(authority), TestLetters.Letter(MailboxId.ForCitizen(cpr), label: "To")));
        await ChangedAsync(() => mailbox.MarkReadAsync(me, uuid));
        await ChangedAsync(() => mailbox.MarkUnreadAsync(me, uuid));
        await ChangedAsync(() => mailbox.OpenMessageAsync(me, uuid));

        // Opening it again changes nothing a listing shows (only the access log, which is never cached): same version.
        await mailbox.OpenMessageAsync(me, uuid);
        Assert.Equal(seen[^1], await mailbox.GetVersionAsync());
        MailboxFolder folder = null!;
        await ChangedAsync(async () => folder = await mailbox.CreateFolderAsync(me, "Skat"));
        await ChangedAsync(() => mailbox.RenameFolderAsync(me, folder.FolderId, "Skat 2025"));
        await ChangedAsync(() => mailbox.MoveMessageAsync(me, uuid, folder.FolderId));
        await ChangedAsync(() => mailbox.DeleteMessageAsync(me, uuid));
        await ChangedAsync(() => mailbox.RestoreMessageAsync(me, uuid));
        await ChangedAsync(() => mailbox.DeleteFolderAsync(me, folder.FolderId));
    }

    [Fact]
    public async Task A_held_message_released_by_its_reminder_changes_the_version()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        await host.WatchAsync(MailboxId.ForCitizen(cpr));
        var letter = TestLetters.Letter(MailboxId.ForCitizen(cpr), doNotDeliverUntil: new DateOnly(2026, 3, 5));
        Assert.Equal(DeliveryOutcome.Held, (await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter)).Outcome);
        var before = await host.Citizen(cpr).GetVersionAsync();

        var delivered = host.NextEvent(e => e.Kind == MailboxEventKind.Delivered && e.MessageUuid == letter.Header.MessageUuid);
        host.Time.AdvanceTo(new DateTimeOffset(2026, 3, 4, 23, 0, 0, TimeSpan.Zero));
        await delivered;

        Assert.NotEqual(before, await host.Citizen(cpr).GetVersionAsync());
    }

    [Fact]
    public async Task Deleted_items_purged_by_their_reminder_change_the_version()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, me, letter) = await DeliveredAsync(host);
        await host.WatchAsync(MailboxId.ForCitizen(cpr));
        await host.Citizen(cpr).DeleteMessageAsync(me, letter.Header.MessageUuid);
        var before = await host.Citizen(cpr).GetVersionAsync();

        var purged = host.NextEvent(e => e.Kind == MailboxEventKind.Purged && e.Mailbox == MailboxId.ForCitizen(cpr).Value);
        host.Time.AdvanceTo(MailboxTestHost.Start.AddDays(30));
        await purged;

        Assert.NotEqual(before, await host.Citizen(cpr).GetVersionAsync());
    }

    [Fact]
    public async Task A_write_past_the_grain_reported_through_InboxCacheStamps_changes_the_version()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, _, _) = await DeliveredAsync(host);
        var before = await host.Citizen(cpr).GetVersionAsync();

        InboxCacheStamps.Of(host.Services.GetRequiredService<MailboxServices>()).Invalidate(MailboxId.ForCitizen(cpr).Value);

        Assert.NotEqual(before, await host.Citizen(cpr).GetVersionAsync());
    }

    [Fact]
    public async Task A_new_activation_never_repeats_a_version_of_an_earlier_one()
    {
        Cpr cpr;
        MailboxVersion first;
        await using (var host = await MailboxTestHost.StartAsync(database))
        {
            (cpr, _, _) = await DeliveredAsync(host);
            first = await host.Citizen(cpr).GetVersionAsync();
        }

        await using var again = await MailboxTestHost.StartAsync(database);
        var second = await again.Citizen(cpr).GetVersionAsync();

        Assert.NotEqual(first.Generation, second.Generation);
        Assert.NotEqual(first, second);
    }

    private static async Task<(Cpr Cpr, ActorContext Me, Interfaces.MeMo.MeMoMessage Letter)> DeliveredAsync(MailboxTestHost host)
    {
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var letter = TestLetters.Letter(MailboxId.ForCitizen(cpr));
        Assert.Equal(DeliveryOutcome.Delivered, (await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter)).Outcome);
        return (cpr, TestPeople.Self(cpr), letter);
    }
}
