using System.Buffers.Text;
using System.Text;
using DigitalPost.GraphQLGateway.Settings;

namespace DigitalPost.GraphQLGateway.Tests.Settings;

public sealed class AccessLogCursorTests
{
    [Theory]
    [InlineData(1L)]
    [InlineData(42L)]
    [InlineData(long.MaxValue)]
    public void A_cursor_decodes_to_the_entry_id_it_was_made_from(long entryId)
    {
        Assert.True(AccessLogCursor.TryDecode(AccessLogCursor.Encode(entryId), out var decoded));
        Assert.Equal(entryId, decoded);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 !")]
    [InlineData("QWNjZXNzTG9nOjE=")]
    public void Malformed_or_padded_cursors_are_refused(string? cursor) =>
        Assert.False(AccessLogCursor.TryDecode(cursor, out _));

    [Theory]
    [InlineData("Message:1")]
    [InlineData("AccessLog:")]
    [InlineData("AccessLog:0")]
    [InlineData("AccessLog:-5")]
    [InlineData("AccessLog:007")]
    [InlineData("AccessLog:1 ")]
    public void Cursors_of_another_kind_or_spelling_are_refused(string text) =>
        Assert.False(AccessLogCursor.TryDecode(Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text)), out _));

    [Fact]
    public void A_cursor_does_not_show_the_entry_id_in_clear_text() =>
        Assert.DoesNotContain("123456", AccessLogCursor.Encode(123456), StringComparison.Ordinal);
}
