using System.Globalization;
using System.Text;

namespace DigitalPost.Grains.AuthorityDirectory;

/// <summary>
/// Folds names and queries for search: lower case, punctuation and dashes as single spaces,
/// accents removed (é → e, ü → u), and the Danish letters spelled two ways:
/// <see cref="Folded"/> writes æ/ø/å as ae/oe/aa (how they are typed without a Danish keyboard,
/// and how Aabenraa is spelled), <see cref="Stripped"/> as a/o/a (how they are typed when the
/// marks are simply left out). A query word matches a name when either spelling contains it.
/// </summary>
public static class AuthorityNameFolding
{
    /// <summary>æ → ae, ø → oe, å → aa.</summary>
    public static string Folded(string text) => Fold(text, digraphs: true);

    /// <summary>æ → a, ø → o, å → a.</summary>
    public static string Stripped(string text) => Fold(text, digraphs: false);

    private static string Fold(string text, bool digraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Danish letters first: å would otherwise decompose to a + ring and lose the digraph spelling.
        var danish = new StringBuilder(text.Length + 8);
        foreach (var original in text)
        {
            var c = char.ToLowerInvariant(original);
            _ = c switch
            {
                'æ' => danish.Append(digraphs ? "ae" : "a"),
                'ø' => danish.Append(digraphs ? "oe" : "o"),
                'å' => danish.Append(digraphs ? "aa" : "a"),
                'ß' => danish.Append("ss"),
                _ => danish.Append(c),
            };
        }

        var result = new StringBuilder(danish.Length);
        var pendingSpace = false;
        foreach (var c in danish.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(char.ToLowerInvariant(c));
        }

        return result.ToString();
    }
}
