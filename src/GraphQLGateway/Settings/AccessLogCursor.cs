using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>
/// The opaque cursor of an access-log entry: base64url of <c>AccessLog:&lt;entry id&gt;</c>. The log is read newest first,
/// so <c>after: cursor</c> means "entries older than this one" (<c>beforeEntryId</c> of the grain).
/// </summary>
public static class AccessLogCursor
{
    private const string Prefix = "AccessLog:";

    public static string Encode(long entryId) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + entryId.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The entry id of a cursor; false for anything this class did not write.</summary>
    public static bool TryDecode(string? cursor, out long entryId)
    {
        entryId = 0;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 64)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[64];
        if (Base64Url.DecodeFromChars(cursor, bytes, out var consumed, out var written) != System.Buffers.OperationStatus.Done || consumed != cursor.Length)
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes[..written]);
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out entryId)
            && entryId > 0
            && string.Equals(Encode(entryId), cursor, StringComparison.Ordinal);
    }
}
