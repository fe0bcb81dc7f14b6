using System.Text.RegularExpressions;

namespace DigitalPost.Grains.Notifications;

/// <summary>
/// Finds text that looks like personal data a notification must not carry: a CPR number
/// (DDMMYY with a real day and month, then 4 digits, optionally after a dash or a space) and an
/// e-mail address. Deliberately simple and strict: a false alarm costs a sender a rewording, a
/// leaked CPR number in an SMS cannot be recalled.
/// </summary>
public static partial class PersonalDataDetector
{
    /// <summary>What <paramref name="text"/> contains that looks like a CPR number, or null.</summary>
    public static string? FindCprLike(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in CprLike().Matches(text))
        {
            var day = int.Parse(match.Groups["dd"].ValueSpan, provider: null);
            var month = int.Parse(match.Groups["mm"].ValueSpan, provider: null);
            if (day is >= 1 and <= 31 && month is >= 1 and <= 12)
            {
                return "a CPR number";
            }
        }

        return null;
    }

    /// <summary>What <paramref name="text"/> contains that looks like a CPR number or an e-mail address, or null.</summary>
    public static string? FindPersonalData(string text) =>
        FindCprLike(text) ?? (EmailLike().IsMatch(text) ? "an e-mail address" : null);

    [GeneratedRegex(@"(?<!\d)(?<dd>\d{2})(?<mm>\d{2})\d{2}[- ]?\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex CprLike();

    [GeneratedRegex(@"[^\s@]+@[^\s@]+\.[^\s@]+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailLike();
}
