using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.Messages;

/// <summary>
/// Paging in both directions (Relay's first/after and last/before), per-item cursors, the "more
/// beyond the cursor" flags, and the thread and uuid filters, on real PostgreSQL.
/// </summary>
public sealed class MessageStoreBackwardPagingTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    /// <summary>Delivers "Brev 0" … "Brev n-1", one minute apart unless <paramref name="sameInstant"/> (then only seq orders them).</summary>
    private static async Task<(Cpr Cpr, AuthorityId Authority)> DeliverLettersAsync(MailboxTestHost host, int count, bool sameInstant = false)
    {
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        for (var i = 0; i < count; i++)
        {
            await host.Authority(authority).SendAsync(ActorContext.Authority(authority), TestLetters.Letter(MailboxId.ForCitizen(cpr), label: $"Brev {i}"));
            if (!sameInstant)
            {
                host.Time.Advance(TimeSpan.FromMinutes(1));
            }
        }

        return (cpr, authority);
    }

    private static string[] Labels(MessagePage page) => [.. page.Items.Select(i => i.Label)];

    [Fact]
    public async Task Backward_paging_from_the_end_lists_the_oldest_messages_newest_first_and_walks_back_to_the_newest()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, _) = await DeliverLettersAsync(host, 7);
        var citizen = host.Citizen(cpr);
        var me = TestPeople.Self(cpr);

        var oldest = await citizen.ListMessagesAsync(me, new MessageQuery(PageSize: 3, Backward: true));
        var middle = await citizen.ListMessagesAsync(me, new MessageQuery(PageSize: 3, Backward: true, Before: oldest.PreviousCursor));
        var newest = await citizen.ListMessagesAsync(me, new MessageQuery(PageSize: 3, Backward: true, Before: middle.PreviousCursor));

        Assert.Equal(["Brev 2", "Brev 1", "Brev 0"], Labels(oldest));
        Assert.Null(oldest.NextCursor);
        Assert.NotNull(oldest.PreviousCursor);
        Assert.Equal(["Brev 5", "Brev 4", "Brev 3"], Labels(middle));
        Assert.NotNull(middle.NextCursor);
        Assert.NotNull(middle.PreviousCursor);
        Assert.Equal(["Brev 6"], Labels(newest));
        Assert.Null(newest.PreviousCursor);
        Assert.NotNull(newest.NextCursor);
    }

    [Fact]
    public async Task Forward_page_after_a_cursor_says_newer_messages_exist_and_the_first_page_says_none_do()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, _) = await DeliverLettersAsync(host, 5);
        var citizen = host.Citizen(cpr);
        var me = TestPeople.Self(cpr);

        var first = await citizen.ListMessagesAsync(me, new MessageQuery(PageSize: 2));
        var second = await citizen.ListMessagesAsync(me, new MessageQuery(PageSize: 2, After: first.NextCursor));
        var last = await citizen.ListMessagesAsync(me, new MessageQuery(PageSize: 2, After: second.NextCursor));

        Assert.Equal(["Brev 4", "Brev 3"], Labels(first));
        Assert.Null(first.PreviousCursor);
        Assert.Equal(["Brev 2", "Brev 1"], Labels(second));
        Assert.NotNull(second.PreviousCursor);
        Assert.Equal(["Brev 0"], Labels(last));
        Assert.NotNull(last.PreviousCursor);
        Assert.Null(last.NextCursor);
    }

    [Fact]
    public async Task Going_back_from_a_forward_page_returns_exactly_the_page_before_it()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, _) = await DeliverLettersAsync(host, 6);
        var citizen = host.Citizen(cpr);
        var me = TestPeople.Self(cpr);

        var first = await citizen.ListMessagesAsync(me, new MessageQuery(PageSize: 3));
        var second = await citizen.ListMessagesAsync(me, new MessageQuery(PageSize: 3, After: first.NextCursor));
        var back = await citizen.ListMessagesAsync(me, new MessageQuery(PageSize: 3, Backward: true, Before: second.PreviousCursor));

        Assert.Equal(Labels(first), Labels(back));
        Assert.Null(back.PreviousCursor);
        Assert.NotNull(back.NextCursor);
    }

    [Fact]
    public async Task Messages_received_at_the_same_instant_page_without_gaps_or_repeats_in_both_directions()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, _) = await DeliverLettersAsync(host, 5, sameInstant: true);
        var citizen = host.Citizen(cpr);
        var me = TestPeople.Self(cpr);

        var forward = new List<string>();
        string? after = null;
        do
        {
            var page = await citizen.ListMessagesAsync(me, new MessageQuery(PageSize: 2, After: after));
            forward.AddRange(Labels(page));
            after = page.NextCursor;
        }
        while (after is not null);

        var backward = new List<string>();
        string? before = null;
        do
        {
            var page = await citizen.ListMessagesAsync(me, new MessageQuery(PageSize: 2, Backward: true, Before: before));
            backward.InsertRange(0, Labels(page));
            before = page.PreviousCursor;
        }
        while (before is not null);

        Assert.Equal(["Brev 4", "Brev 3", "Brev 2", "Brev 1", "Brev 0"], forward);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public async Task A_window_between_two_item_cursors_holds_the_messages_strictly_between_them()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, _) = await DeliverLettersAsync(host, 6);
        var citizen = host.Citizen(cpr);
        var me = TestPeople.Self(cpr);
        var all = await citizen.ListMessagesAsync(me, new MessageQuery(PageSize: 10));
        var cursors = Assert.IsAssignableFrom<IReadOnlyList<string>>(all.Cursors);

        var between = await citizen.ListMessagesAsync(me, new MessageQuery(PageSize: 10, After: cursors[1], Before: cursors[4]));
        var lastTwo = await citizen.ListMessagesAsync(me, new MessageQuery(PageSize: 2, Backward: true, After: cursors[0], Before: cursors[4]));

        Assert.Equal(6, cursors.Count);
        Assert.Equal(["Brev 3", "Brev 2"], Labels(between));
        Assert.NotNull(between.PreviousCursor);
        Assert.NotNull(between.NextCursor);
        Assert.Equal(["Brev 3", "Brev 2"], Labels(lastTwo));
        Assert.NotNull(lastTwo.PreviousCursor);
        Assert.NotNull(lastTwo.NextCursor);
    }

    [Fact]
    public async Task The_beyond_the_cursor_flags_count_only_messages_that_match_the_filter()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, _) = await DeliverLettersAsync(host, 4);
        var citizen = host.Citizen(cpr);
        var me = TestPeople.Self(cpr);
        var all = await citizen.ListMessagesAsync(me, new MessageQuery());
        await citizen.MarkReadAsync(me, all.Items[0].MessageUuid);
        await citizen.MarkReadAsync(me, all.Items[3].MessageUuid);

        var unread = await citizen.ListMessagesAsync(me, new MessageQuery(Unread: true, PageSize: 1));
        var secondUnread = await citizen.ListMessagesAsync(me, new MessageQuery(Unread: true, PageSize: 1, After: unread.NextCursor));
        var backFromEnd = await citizen.ListMessagesAsync(me, new MessageQuery(Unread: true, PageSize: 2, Backward: true));

        Assert.Equal(["Brev 2"], Labels(unread));
        Assert.Null(unread.PreviousCursor);
        Assert.Equal(["Brev 1"], Labels(secondUnread));
        Assert.Null(secondUnread.NextCursor);
        Assert.NotNull(secondUnread.PreviousCursor);
        Assert.Equal(["Brev 2", "Brev 1"], Labels(backFromEnd));
        Assert.Null(backFromEnd.PreviousCursor);
        Assert.Null(backFromEnd.NextCursor);
    }

    [Fact]
    public async Task An_empty_page_between_cursors_still_continues_in_both_directions()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, _) = await DeliverLettersAsync(host, 3);
        var citizen = host.Citizen(cpr);
        var me = TestPeople.Self(cpr);
        var all = await citizen.ListMessagesAsync(me, new MessageQuery());
        var cursors = all.Cursors!;

        var empty = await citizen.ListMessagesAsync(me, new MessageQuery(After: cursors[0], Before: cursors[1]));
        var older = await citizen.ListMessagesAsync(me, new MessageQuery(After: empty.NextCursor));

        Assert.Empty(empty.Items);
        Assert.Equal(cursors[0], empty.PreviousCursor);
        Assert.Equal(cursors[1], empty.NextCursor);
        Assert.Equal(["Brev 0"], Labels(older));
    }

    [Fact]
    public async Task Messages_can_be_fetched_by_uuid_from_every_folder_and_by_thread()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, _) = await DeliverLettersAsync(host, 3);
        var citizen = host.Citizen(cpr);
        var me = TestPeople.Self(cpr);
        var all = await citizen.ListMessagesAsync(me, new MessageQuery());
        var archived = all.Items[0];
        var folder = SystemFolders.Archive;
        await citizen.MoveMessageAsync(me, archived.MessageUuid, folder);

        var byUuid = await citizen.ListMessagesAsync(me, new MessageQuery(FolderId: null, MessageUuids: [archived.MessageUuid, all.Items[2].MessageUuid, Guid.NewGuid()]));
        var byThread = await citizen.ListMessagesAsync(me, new MessageQuery(FolderId: null, ThreadId: all.Items[1].ThreadId));
        var inboxOnly = await citizen.ListMessagesAsync(me, new MessageQuery(MessageUuids: [archived.MessageUuid]));

        Assert.Equal(["Brev 2", "Brev 0"], Labels(byUuid));
        Assert.Equal(folder, byUuid.Items[0].FolderId);
        Assert.Equal(all.Items[1].MessageUuid, Assert.Single(byThread.Items).MessageUuid);
        Assert.Empty(inboxOnly.Items);
    }

    [Fact]
    public async Task A_cursor_that_is_not_one_of_ours_is_refused_as_an_invalid_request()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, _) = await DeliverLettersAsync(host, 1);

        var refused = await Assert.ThrowsAsync<MailboxActionException>(() =>
            host.Citizen(cpr).ListMessagesAsync(TestPeople.Self(cpr), new MessageQuery(Backward: true, Before: "not-a-cursor")));

        Assert.Equal(MailboxErrorCode.InvalidRequest, refused.Code);
    }
}
