using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Messages.Paging;

namespace DigitalPost.GraphQLGateway.Tests.Messages;

public sealed class MessageQueryFactoryTests
{
    [Fact]
    public void Without_a_filter_the_query_is_the_inbox_newest_first_of_the_page_size()
    {
        Assert.True(MessageQueryFactory.TryCreate(new MessageListArguments(20, Backward: false), out var query, out _));

        Assert.Equal(SystemFolders.Inbox, query.FolderId);
        Assert.Equal(20, query.PageSize);
        Assert.False(query.Backward);
        Assert.Null(query.After);
        Assert.Null(query.Before);
    }

    [Fact]
    public void Relay_cursors_become_the_grains_cursors_and_last_pages_backward()
    {
        var arguments = new MessageListArguments(5, Backward: true, After: MessageCursor.Encode("1.2"), Before: MessageCursor.Encode("3.4"));

        Assert.True(MessageQueryFactory.TryCreate(arguments, out var query, out _));

        Assert.True(query.Backward);
        Assert.Equal("1.2", query.After);
        Assert.Equal("3.4", query.Before);
    }

    [Fact]
    public void Filters_carry_over_with_the_search_trimmed()
    {
        var from = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var arguments = new MessageListArguments(10, false, FolderId: "f3", Unread: true, SenderId: "skattestyrelsen", ReceivedFrom: from, ReceivedTo: from.AddDays(1), Search: "  årsopgørelse ");

        Assert.True(MessageQueryFactory.TryCreate(arguments, out var query, out _));

        Assert.Equal("f3", query.FolderId);
        Assert.True(query.Unread);
        Assert.Equal("authority:skattestyrelsen", query.SenderId);
        Assert.Equal(from, query.From);
        Assert.Equal(from.AddDays(1), query.To);
        Assert.Equal("årsopgørelse", query.Text);
    }

    [Theory]
    [InlineData("after")]
    [InlineData("before")]
    public void A_cursor_that_is_not_ours_names_its_argument(string which)
    {
        var arguments = which == "after" ? new MessageListArguments(5, false, After: "1.2") : new MessageListArguments(5, true, Before: "nonsense");

        Assert.False(MessageQueryFactory.TryCreate(arguments, out _, out var invalid));
        Assert.Equal(which, invalid);
    }

    [Fact]
    public void A_search_over_256_characters_and_a_range_ending_before_it_starts_are_refused()
    {
        var now = DateTimeOffset.UnixEpoch;

        Assert.False(MessageQueryFactory.TryCreate(new MessageListArguments(5, false, Search: new string('a', 257)), out _, out var search));
        Assert.False(MessageQueryFactory.TryCreate(new MessageListArguments(5, false, ReceivedFrom: now, ReceivedTo: now.AddSeconds(-1)), out _, out var range));
        Assert.Equal("filter.search", search);
        Assert.Equal("filter.receivedTo", range);
    }

    [Fact]
    public void A_blank_search_is_no_search() =>
        Assert.Null(MessageQueryFactory.TryCreate(new MessageListArguments(5, false, Search: "   "), out var query, out _) ? query.Text : "failed");

    [Theory]
    [InlineData("skattestyrelsen", "authority:skattestyrelsen")]
    [InlineData("12345678", "cvr:12345678")]
    [InlineData("authority:12345678", "authority:12345678")]
    [InlineData("cvr:12345678", "cvr:12345678")]
    [InlineData("cpr:0101901234", "cpr:0101901234")]
    public void Sender_ids_map_to_the_sending_mailbox(string senderId, string address)
    {
        Assert.True(MessageQueryFactory.TrySenderAddress(senderId, out var actual));
        Assert.Equal(address, actual);
    }

    [Theory]
    [InlineData("Not An Id")]
    [InlineData("unknown:abc")]
    [InlineData("cpr:123")]
    public void Unknown_sender_id_forms_are_refused(string senderId) =>
        Assert.False(MessageQueryFactory.TrySenderAddress(senderId, out _));

    [Theory]
    [InlineData("authority:skattestyrelsen", "skattestyrelsen")]
    [InlineData("cvr:12345678", "12345678")]
    [InlineData("cpr:0101901234", "cpr:0101901234")]
    public void The_schema_sender_id_is_the_authority_id_the_cvr_or_the_mailbox_address(string address, string senderId) =>
        Assert.Equal(senderId, MessageQueryFactory.SenderIdOf(address));
}
