using DigitalPost.GraphQLGateway.Messages.Paging;

namespace DigitalPost.GraphQLGateway.Tests.Messages;

public sealed class MessageCursorTests
{
    [Fact]
    public void A_cursor_carries_the_grains_cursor_opaquely_and_reads_back()
    {
        var cursor = MessageCursor.Encode("638999999999999999.42");

        Assert.DoesNotContain("42", cursor, StringComparison.Ordinal);
        Assert.True(MessageCursor.TryDecode(cursor, out var store));
        Assert.Equal("638999999999999999.42", store);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("638999999999999999.42")]
    [InlineData("bTE6")]
    [InlineData("eDE6MS4y")]
    [InlineData("!!!")]
    public void Anything_but_one_of_our_cursors_is_refused(string? cursor) =>
        Assert.False(MessageCursor.TryDecode(cursor, out _));

    [Fact]
    public void An_overlong_cursor_is_refused_without_decoding() =>
        Assert.False(MessageCursor.TryDecode(new string('A', 10_000), out _));
}
