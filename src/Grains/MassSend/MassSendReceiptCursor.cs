using System.Globalization;
using System.Text;
using DigitalPost.Grains.Interfaces.MassSend;

namespace DigitalPost.Grains.MassSend;

/// <summary>The opaque cursor of a receipt page: the recipient's place in the list (slice, line), base64url.</summary>
internal static class MassSendReceiptCursor
{
    public static string Format(int slice, long ordinal) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{slice}.{ordinal}"))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

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
            throw new MassSendInputException("after", 0, "the cursor is not one this API gave out.");
        }
    }
}
