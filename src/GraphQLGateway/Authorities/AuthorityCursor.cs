using System.Globalization;
using DigitalPost.GraphQLGateway.Core;

namespace DigitalPost.GraphQLGateway.Authorities;

/// <summary>
/// Relay cursors of the directory search: the opaque position of a result in the ranked list
/// (<c>GlobalId.Encode("AuthorityCursor", offset)</c>). The search is deterministic (rank, then name), so a position is stable
/// while the directory is unchanged.
/// </summary>
public static class AuthorityCursor
{
    private const string TypeName = "AuthorityCursor";

    /// <summary>Longest result list a cursor may point into.</summary>
    public const int MaxOffset = 1_000_000;

    public static string Encode(int offset) => GlobalId.Encode(TypeName, offset.ToString(CultureInfo.InvariantCulture));

    public static bool TryDecode(string? cursor, out int offset)
    {
        offset = 0;
        return GlobalId.TryDecode(cursor, out var type, out var key)
            && type == TypeName
            && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out offset)
            && offset is >= 0 and <= MaxOffset
            && key == offset.ToString(CultureInfo.InvariantCulture);
    }
}
