namespace DigitalPost.GraphQL.Types;

/// <summary>Matches GraphQL enum value names (<c>NEW_HOPE</c>) to CLR member names (<c>NewHope</c>).</summary>
internal static class EnumNames
{
    /// <summary>Case-insensitive comparison ignoring underscores.</summary>
    public static bool Matches(string graphQLName, string clrName)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < graphQLName.Length && graphQLName[i] == '_')
            {
                i++;
            }

            while (j < clrName.Length && clrName[j] == '_')
            {
                j++;
            }

            if (i == graphQLName.Length || j == clrName.Length)
            {
                return i == graphQLName.Length && j == clrName.Length;
            }

            if (char.ToUpperInvariant(graphQLName[i]) != char.ToUpperInvariant(clrName[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }
}
