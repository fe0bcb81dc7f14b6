using System.Globalization;
using System.Text;
using DigitalPost.Grains.Interfaces.MassSend;

namespace DigitalPost.Grains.MassSend;

/// <summary>
/// The opaque cursor of a receipt page: the recipient's place in the list (slice, first line), base64url. Both are in
/// the letter's messageUUID (<see cref="MassSendMessageIds"/>), so a page is read from the receipts alone, and a cursor
/// given out while the job still had its recipient rows (the same slice and line) keeps working after they are purged.
/// </summary>
internal static class MassSendReceiptCursor
{
    public static string Format(int slice, long ordinal) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{slice}.{ordinal}"))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The cursor of the receipt of the letter <paramref name="messageUuid"/> (a mass send's: its slice and first line).</summary>
    public static string ForMessage(Guid messageUuid)
    {
        Span<byte> bytes = stackalloc byte[16];
        messageUuid.TryWriteBytes(bytes, bigEndian: true, out _);
        var slice = ((bytes[6] & 0x0F) << 8) | bytes[7];
        long line = bytes[8] & 0x3F;
        for (var i = 9; i < 16; i++)
        {
            line = (line << 8) | bytes[i];
        }

        return Format(slice, line);
    }

    /// <summary>
    /// The messageUUID a page of job <paramref name="jobId"/>'s receipts starts after, or null for the first page (the
    /// letter of that slice and line; a later line of a recipient listed twice lies after its first line's letter).
    /// </summary>
    public static Guid? After(Guid jobId, string? cursor)
    {
        var (slice, ordinal) = Parse(cursor);
        if (slice < 0)
        {
            return null;
        }

        if (slice >= MassSendMessageIds.MaxSlices || ordinal > MassSendMessageIds.MaxLine)
        {
            throw NotOurs();
        }

        return MassSendMessageIds.For(jobId, slice, ordinal);
    }

    /// <summary>The position after which a page starts; (-1, -1) for the first page.</summary>
    public static (int Slice, long Ordinal) Parse(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return (-1, -1);
        }

        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var parts = Encoding.ASCII.GetString(Convert.FromBase64String(base64)).Split('.');
            return (int.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture), long.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is FormatException or IndexOutOfRangeException or OverflowException)
        {
            throw NotOurs();
        }
    }

    private static MassSendInputException NotOurs() => new("after", 0, "the cursor is not one this API gave out.");
}
