using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace DigitalPost.GraphQLGateway.Messages.Paging;

/// <summary>
/// The opaque Relay cursors of <c>Mailbox.messages</c>: base64url of a version prefix and the grains' own page
/// cursor. Clients must treat them as opaque; the prefix lets the format change without old cursors being misread.
/// </summary>
public static class MessageCursor
{
    private const string Prefix = "m1:";
    private const int MaxLength = 256;

    /// <summary>The Relay cursor for the grains' cursor <paramref name="storeCursor"/>.</summary>
    public static string Encode(string storeCursor)
    {
        ArgumentNullException.ThrowIfNull(storeCursor);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + storeCursor));
    }

    /// <summary>The grains' cursor inside a Relay cursor; false for anything that is not one of ours.</summary>
    public static bool TryDecode(string? cursor, [NotNullWhen(true)] out string? storeCursor)
    {
        storeCursor = null;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > MaxLength)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[MaxLength];
        if (Base64Url.DecodeFromChars(cursor, bytes, out var consumed, out var written) != System.Buffers.OperationStatus.Done || consumed != cursor.Length)
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes[..written]);
        if (!text.StartsWith(Prefix, StringComparison.Ordinal) || text.Length == Prefix.Length)
        {
            return false;
        }

        storeCursor = text[Prefix.Length..];
        return true;
    }
}
