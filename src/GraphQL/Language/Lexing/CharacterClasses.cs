namespace DigitalPost.GraphQL.Language;

/// <summary>Byte classification tables for the lexer (GraphQL names and numbers are ASCII).</summary>
internal static class CharacterClasses
{
    public const byte NameStart = 1;
    public const byte NameContinue = 2;
    public const byte Digit = 4;

    private static readonly byte[] Table = BuildTable();

    public static bool IsNameStart(byte b) => (Table[b] & NameStart) != 0;

    public static bool IsNameContinue(byte b) => (Table[b] & NameContinue) != 0;

    public static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    private static byte[] BuildTable()
    {
        var table = new byte[256];
        for (var c = 'a'; c <= 'z'; c++)
        {
            table[c] = NameStart | NameContinue;
            table[char.ToUpperInvariant(c)] = NameStart | NameContinue;
        }

        table['_'] = NameStart | NameContinue;
        for (var c = '0'; c <= '9'; c++)
        {
            table[c] = NameContinue | Digit;
        }

        return table;
    }
}
