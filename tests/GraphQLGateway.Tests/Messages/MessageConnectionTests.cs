using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.GraphQLGateway.Messages.Paging;

namespace DigitalPost.GraphQLGateway.Tests.Messages;

public sealed class MessageConnectionTests
{
    private static readonly MailboxId Mailbox = MailboxId.Parse("cpr:0101901234");

    [Fact]
    public void Edges_carry_opaque_cursors_of_the_grains_item_cursors_in_page_order()
    {
        var page = new MessagePage([Summaries.Create("a"), Summaries.Create("b")], "2.2", null, ["1.1", "2.2"]);

        var connection = new MessageConnection(Mailbox, page);

        Assert.Equal(["a", "b"], connection.Edges.Select(e => e.Node.Summary.Label));
        Assert.Equal(["1.1", "2.2"], connection.Edges.Select(e => MessageCursor.TryDecode(e.Cursor, out var store) ? store : null));
        Assert.Same(connection.Nodes[0], connection.Edges[0].Node);
        Assert.Equal(Mailbox, connection.Nodes[1].Mailbox);
    }

    [Theory]
    [InlineData(null, null, false, false)]
    [InlineData("2.2", null, true, false)]
    [InlineData(null, "1.1", false, true)]
    [InlineData("2.2", "1.1", true, true)]
    public void Page_info_says_whether_more_lie_in_each_direction(string? next, string? previous, bool hasNext, bool hasPrevious)
    {
        var connection = new MessageConnection(Mailbox, new MessagePage([Summaries.Create("a"), Summaries.Create("b")], next, previous, ["1.1", "2.2"]));

        Assert.Equal(hasNext, connection.PageInfo.HasNextPage);
        Assert.Equal(hasPrevious, connection.PageInfo.HasPreviousPage);
        Assert.Equal(connection.Edges[0].Cursor, connection.PageInfo.StartCursor);
        Assert.Equal(connection.Edges[1].Cursor, connection.PageInfo.EndCursor);
    }

    [Fact]
    public void An_empty_page_has_no_start_or_end_cursor_but_may_still_have_more()
    {
        var connection = new MessageConnection(Mailbox, new MessagePage([], "9.9", null, []));

        Assert.Empty(connection.Edges);
        Assert.Null(connection.PageInfo.StartCursor);
        Assert.Null(connection.PageInfo.EndCursor);
        Assert.True(connection.PageInfo.HasNextPage);
    }
}
