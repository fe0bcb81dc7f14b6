namespace DigitalPost.GraphQL.Types.Scalars;

/// <summary>Syntax checks for RFC 3339 dates and date-times (value ranges are left to the BCL parser).</summary>
internal static class Rfc3339
{
    public static bool IsFullDate(ReadOnlySpan<char> s) =>
        s.Length == 10 && Digits(s[..4]) && s[4] == '-' && Digits(s.Slice(5, 2)) && s[7] == '-' && Digits(s.Slice(8, 2));

    public static bool IsDateTime(ReadOnlySpan<char> s)
    {
        if (s.Length < 20 || !IsFullDate(s[..10]) || (s[10] != 'T' && s[10] != 't'))
        {
            return false;
        }

        var time = s[11..];
        if (!(Digits(time[..2]) && time[2] == ':' && Digits(time.Slice(3, 2)) && time[5] == ':' && Digits(time.Slice(6, 2))))
        {
            return false;
        }

        var rest = time[8..];
        if (rest.Length > 0 && rest[0] == '.')
        {
            var i = 1;
            while (i < rest.Length && char.IsAsciiDigit(rest[i]))
            {
                i++;
            }

            if (i == 1)
            {
                return false;
            }

            rest = rest[i..];
        }

        if (rest.Length == 1)
        {
            return rest[0] is 'Z' or 'z';
        }

        return rest.Length == 6 && (rest[0] is '+' or '-') && Digits(rest.Slice(1, 2)) && rest[3] == ':' && Digits(rest.Slice(4, 2));
    }

    private static bool Digits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
