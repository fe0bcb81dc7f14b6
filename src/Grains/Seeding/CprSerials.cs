namespace DigitalPost.Grains.Seeding;

/// <summary>
/// The CPR sequence numbers possible for a birth date: the 7th digit must give the right century
/// (0-3: 1900s; 4 and 9: 2000s up to '36, else 1900s; 5-8: 2000s up to '57, else 1800s).
/// </summary>
internal static class CprSerials
{
    private static readonly int[][] DigitsByCase =
    [
        [0, 1, 2, 3],             // 1900-1936
        [0, 1, 2, 3, 4, 9],       // 1937-1999
        [4, 5, 6, 7, 8, 9],       // 2000-2036
        [5, 6, 7, 8],             // 2037-2057
    ];

    /// <summary>The allowed 7th digits for a birth year.</summary>
    public static int[] SeventhDigits(int year) => year switch
    {
        >= 1900 and <= 1936 => DigitsByCase[0],
        >= 1937 and <= 1999 => DigitsByCase[1],
        >= 2000 and <= 2036 => DigitsByCase[2],
        >= 2037 and <= 2057 => DigitsByCase[3],
        _ => throw new ArgumentOutOfRangeException(nameof(year), year, "The seeder generates births from 1900 to 2057."),
    };

    /// <summary>The 10-digit CPR for a birth date and a 4-digit sequence number.</summary>
    public static string Format(DateOnly birthDate, int serial) =>
        string.Create(10, (birthDate, serial), static (span, state) =>
        {
            var (date, serial) = state;
            Two(span, 0, date.Day);
            Two(span, 2, date.Month);
            Two(span, 4, date.Year % 100);
            Two(span, 6, serial / 100);
            Two(span, 8, serial % 100);
        });

    private static void Two(Span<char> span, int at, int value)
    {
        span[at] = (char)('0' + (value / 10));
        span[at + 1] = (char)('0' + (value % 10));
    }
}
