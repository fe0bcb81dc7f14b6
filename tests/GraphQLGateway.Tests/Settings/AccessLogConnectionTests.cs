using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Settings;

namespace DigitalPost.GraphQLGateway.Tests.Settings;

public sealed class AccessLogConnectionTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void One_entry_more_than_the_page_means_an_older_page_exists_and_is_not_shown()
    {
        var fetched = Entries(9, 8, 7);

        var page = AccessLogConnection.Page(fetched, first: 2, hasPrevious: false);

        Assert.Equal([9L, 8L], page.Nodes.Select(entry => entry.EntryId));
        Assert.True(page.PageInfo.HasNextPage);
        Assert.False(page.PageInfo.HasPreviousPage);
        Assert.Equal(AccessLogCursor.Encode(9), page.PageInfo.StartCursor);
        Assert.Equal(AccessLogCursor.Encode(8), page.PageInfo.EndCursor);
        Assert.Equal(page.Edges.Select(edge => edge.Cursor), [AccessLogCursor.Encode(9), AccessLogCursor.Encode(8)]);
    }

    [Fact]
    public void The_last_page_has_no_next_page_and_knows_it_followed_a_cursor()
    {
        var page = AccessLogConnection.Page(Entries(3, 2), first: 5, hasPrevious: true);

        Assert.Equal(2, page.Edges.Count);
        Assert.False(page.PageInfo.HasNextPage);
        Assert.True(page.PageInfo.HasPreviousPage);
    }

    [Fact]
    public void An_empty_page_has_no_cursors()
    {
        var page = AccessLogConnection.Page([], first: 0, hasPrevious: false);

        Assert.Empty(page.Edges);
        Assert.Empty(page.Nodes);
        Assert.Null(page.PageInfo.StartCursor);
        Assert.Null(page.PageInfo.EndCursor);
        Assert.False(page.PageInfo.HasNextPage);
    }

    [Fact]
    public void The_end_cursor_asks_for_the_entries_older_than_the_last_one_shown()
    {
        var page = AccessLogConnection.Page(Entries(30, 20, 10), first: 2, hasPrevious: false);

        Assert.True(AccessLogCursor.TryDecode(page.PageInfo.EndCursor, out var before));
        Assert.Equal(20, before);
    }

    private static List<AccessLogEntry> Entries(params long[] ids) =>
        [.. ids.Select(id => new AccessLogEntry(id, "cpr:0101901234", At.AddMinutes(id), ActorKind.Person, "0101901234", null, Platform.BorgerDk, AccessAction.Read, null, null))];
}
