using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.Mailboxes;

/// <summary>
/// The mailbox grain's inbox cache (pages and unread count in memory): it answers repeated listings without the
/// database, and every path that changes the mailbox's messages makes the next listing fresh.
/// </summary>
public sealed class InboxCacheTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    private const string RelabelBehindTheGrain = "UPDATE mailbox_messages SET label = 'changed behind the grain' WHERE mailbox_id = $1 RETURNING 1";

    [Fact]
    public async Task Repeated_listing_and_unread_count_come_from_memory_until_something_changes()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, me, letter) = await DeliveredAsync(host);
        var first = await host.Citizen(cpr).ListMessagesAsync(me, new MessageQuery());
        Assert.Equal(1L, (await host.Citizen(cpr).GetProfileAsync(me)).UnreadCount);

        await host.ScalarAsync<int>(RelabelBehindTheGrain, MailboxId.ForCitizen(cpr).Value);
        await host.ScalarAsync<int>("UPDATE mailbox_messages SET unread = false WHERE mailbox_id = $1 RETURNING 1", MailboxId.ForCitizen(cpr).Value);
        var again = await host.Citizen(cpr).ListMessagesAsync(me, new MessageQuery());

        Assert.Equal(letter.Header.Label, Assert.Single(first.Items).Label);
        Assert.Equal(letter.Header.Label, Assert.Single(again.Items).Label);
        Assert.Equal(1L, (await host.Citizen(cpr).GetProfileAsync(me)).UnreadCount);
    }

    [Fact]
    public async Task With_no_cached_pages_every_listing_reads_the_database()
    {
        await using var host = await MailboxTestHost.StartAsync(database, o => o.InboxCachePages = 0);
        var (cpr, me, _) = await DeliveredAsync(host);
        await host.Citizen(cpr).ListMessagesAsync(me, new MessageQuery());

        await host.ScalarAsync<int>(RelabelBehindTheGrain, MailboxId.ForCitizen(cpr).Value);

        Assert.Equal("changed behind the grain", Assert.Single((await host.Citizen(cpr).ListMessagesAsync(me, new MessageQuery())).Items).Label);
    }

    [Fact]
    public async Task A_new_delivery_shows_in_the_next_listing_and_count()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, me, _) = await DeliveredAsync(host);
        Assert.Single((await host.Citizen(cpr).ListMessagesAsync(me, new MessageQuery())).Items);
        Assert.Equal(1L, (await host.Citizen(cpr).GetProfileAsync(me)).UnreadCount);

        var authority = TestPeople.Authority();
        await host.Authority(authority).SendAsync(ActorContext.Authority(authority), TestLetters.Letter(MailboxId.ForCitizen(cpr), label: "Nummer to"));

        Assert.Equal(2, (await host.Citizen(cpr).ListMessagesAsync(me, new MessageQuery())).Items.Count);
        Assert.Equal(2L, (await host.Citizen(cpr).GetProfileAsync(me)).UnreadCount);
    }

    [Fact]
    public async Task Mark_read_mark_unread_and_open_show_in_the_next_listing_and_count()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, me, letter) = await DeliveredAsync(host);
        var uuid = letter.Header.MessageUuid;
        var mailbox = host.Citizen(cpr);
        Assert.True(Assert.Single((await mailbox.ListMessagesAsync(me, new MessageQuery())).Items).Unread);

        await mailbox.MarkReadAsync(me, uuid);
        Assert.False(Assert.Single((await mailbox.ListMessagesAsync(me, new MessageQuery())).Items).Unread);
        Assert.Equal(0L, (await mailbox.GetProfileAsync(me)).UnreadCount);

        await mailbox.MarkUnreadAsync(me, uuid);
        Assert.True(Assert.Single((await mailbox.ListMessagesAsync(me, new MessageQuery())).Items).Unread);
        Assert.Equal(1L, (await mailbox.GetProfileAsync(me)).UnreadCount);

        await mailbox.OpenMessageAsync(me, uuid);
        Assert.False(Assert.Single((await mailbox.ListMessagesAsync(me, new MessageQuery())).Items).Unread);
        Assert.Equal(0L, (await mailbox.GetProfileAsync(me)).UnreadCount);
    }

    [Fact]
    public async Task Move_delete_restore_and_folder_deletion_show_in_the_next_listing()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, me, letter) = await DeliveredAsync(host);
        var uuid = letter.Header.MessageUuid;
        var mailbox = host.Citizen(cpr);
        var folder = await mailbox.CreateFolderAsync(me, "Bolig");
        var inFolder = new MessageQuery(FolderId: folder.FolderId);
        var deleted = new MessageQuery(FolderId: SystemFolders.Deleted);
        Assert.Single((await mailbox.ListMessagesAsync(me, new MessageQuery())).Items);
        Assert.Empty((await mailbox.ListMessagesAsync(me, inFolder)).Items);
        Assert.Empty((await mailbox.ListMessagesAsync(me, deleted)).Items);

        await mailbox.MoveMessageAsync(me, uuid, folder.FolderId);
        Assert.Empty((await mailbox.ListMessagesAsync(me, new MessageQuery())).Items);
        Assert.Single((await mailbox.ListMessagesAsync(me, inFolder)).Items);

        await mailbox.DeleteMessageAsync(me, uuid);
        Assert.Empty((await mailbox.ListMessagesAsync(me, inFolder)).Items);
        Assert.Single((await mailbox.ListMessagesAsync(me, deleted)).Items);
        Assert.Equal(0L, (await mailbox.GetProfileAsync(me)).UnreadCount);

        await mailbox.RestoreMessageAsync(me, uuid);
        Assert.Empty((await mailbox.ListMessagesAsync(me, deleted)).Items);
        Assert.Single((await mailbox.ListMessagesAsync(me, inFolder)).Items);
        Assert.Equal(1L, (await mailbox.GetProfileAsync(me)).UnreadCount);

        await mailbox.DeleteFolderAsync(me, folder.FolderId);
        Assert.Empty((await mailbox.ListMessagesAsync(me, inFolder)).Items);
        Assert.Equal(uuid, Assert.Single((await mailbox.ListMessagesAsync(me, new MessageQuery())).Items).MessageUuid);
    }

    [Fact]
    public async Task A_held_message_released_by_its_reminder_shows_in_a_cached_inbox()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var me = TestPeople.Self(cpr);
        var authority = TestPeople.Authority();
        await host.WatchAsync(MailboxId.ForCitizen(cpr));
        var letter = TestLetters.Letter(MailboxId.ForCitizen(cpr), doNotDeliverUntil: new DateOnly(2026, 3, 5));
        Assert.Equal(DeliveryOutcome.Held, (await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter)).Outcome);
        Assert.Empty((await host.Citizen(cpr).ListMessagesAsync(me, new MessageQuery())).Items);
        Assert.Equal(0L, (await host.Citizen(cpr).GetProfileAsync(me)).UnreadCount);

        var delivered = host.NextEvent(e => e.Kind == MailboxEventKind.Delivered && e.MessageUuid == letter.Header.MessageUuid);
        host.Time.AdvanceTo(new DateTimeOffset(2026, 3, 4, 23, 0, 0, TimeSpan.Zero));
        await delivered;

        Assert.Equal(letter.Header.MessageUuid, Assert.Single((await host.Citizen(cpr).ListMessagesAsync(me, new MessageQuery())).Items).MessageUuid);
        Assert.Equal(1L, (await host.Citizen(cpr).GetProfileAsync(me)).UnreadCount);
    }

    [Fact]
    public async Task Deleted_items_purged_by_their_reminder_leave_a_cached_listing()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, me, letter) = await DeliveredAsync(host);
        await host.WatchAsync(MailboxId.ForCitizen(cpr));
        var deleted = new MessageQuery(FolderId: SystemFolders.Deleted);
        await host.Citizen(cpr).DeleteMessageAsync(me, letter.Header.MessageUuid);
        Assert.Single((await host.Citizen(cpr).ListMessagesAsync(me, deleted)).Items);

        var purged = host.NextEvent(e => e.Kind == MailboxEventKind.Purged && e.Mailbox == MailboxId.ForCitizen(cpr).Value);
        host.Time.AdvanceTo(MailboxTestHost.Start.AddDays(30));
        await purged;

        Assert.Empty((await host.Citizen(cpr).ListMessagesAsync(me, deleted)).Items);
    }

    [Fact]
    public async Task Private_post_is_cached_per_platform_and_stays_hidden_on_others()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var bank = TestPeople.Company();
        var employee = TestPeople.Adult();
        await host.Business(bank).SetCompanyPeopleAsync([employee.Value]);
        await host.Citizen(cpr).GiveConsentAsync(TestPeople.Self(cpr), bank);
        var letter = TestLetters.Letter(MailboxId.ForCitizen(cpr));
        Assert.Equal(DeliveryOutcome.Delivered, (await host.Business(bank).SendPrivatePostAsync(TestPeople.Self(employee), letter, Platform.EBoks)).Outcome);

        for (var round = 0; round < 2; round++)
        {
            Assert.Single((await host.Citizen(cpr).ListMessagesAsync(TestPeople.Self(cpr, Platform.EBoks), new MessageQuery())).Items);
            Assert.Empty((await host.Citizen(cpr).ListMessagesAsync(TestPeople.Self(cpr, Platform.MitDk), new MessageQuery())).Items);
            Assert.Empty((await host.Citizen(cpr).ListMessagesAsync(TestPeople.Self(cpr, Platform.BorgerDk), new MessageQuery())).Items);
        }
    }

    [Fact]
    public async Task A_revoked_delegate_is_refused_even_when_the_page_is_cached()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, me, _) = await DeliveredAsync(host);
        var helper = TestPeople.Adult();
        var grant = await host.Citizen(cpr).GrantAccessAsync(me, helper, AccessLevel.Read, null);
        var asHelper = TestPeople.For(helper, cpr);
        Assert.Single((await host.Citizen(cpr).ListMessagesAsync(asHelper, new MessageQuery())).Items);

        await host.Citizen(cpr).RevokeGrantAsync(me, grant.GrantId);

        var refused = await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(cpr).ListMessagesAsync(asHelper, new MessageQuery()));
        Assert.Equal(MailboxErrorCode.NotAuthorised, refused.Code);
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
