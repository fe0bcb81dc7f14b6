using System.Text.RegularExpressions;

namespace DigitalPost.GraphQLGateway.Operations;

/// <summary>
/// Makes client-supplied or exception text safe for logs: anything shaped like a CPR number (ten digits, optionally
/// <c>DDMMYY-SSSS</c>) keeps its birth date and loses its sequence number, and the text is cut to a bounded length.
/// </summary>
public static partial class LogSafeText
{
    /// <summary>Longest text written to a log.</summary>
    public const int MaxLength = 200;

    public static string? Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var cut = text.Length > MaxLength ? text[..MaxLength] + "…" : text;
        return CprLike().Replace(cut, match => match.Groups[1].Value + "-****");
    }

    // Digits not preceded or followed by another digit, so longer numbers (ids, sizes) stay intact.
    [GeneratedRegex(@"(?<![0-9])([0-9]{6})-?[0-9]{4}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex CprLike();
}
