namespace DigitalPost.Grains.Interfaces.AuthorityDirectory;

/// <summary>
/// A "Choose authority" query. <see cref="Text"/> matches names case- and diacritic-insensitively
/// (æ/ø/å match "ae"/"oe"/"aa" and also a/o/a; é matches e); every word must occur in the name.
/// Results are ranked: exact name, name prefix, word prefix, contains; then by name.
/// </summary>
/// <param name="Text">Words to find in the name; null or blank lists all.</param>
/// <param name="Kind">Only this kind, or all kinds when null.</param>
/// <param name="Offset">Results to skip (paging).</param>
/// <param name="Limit">Page size, 1 to <see cref="MaxLimit"/>.</param>
public sealed record AuthoritySearch(string? Text = null, AuthorityKind? Kind = null, int Offset = 0, int Limit = AuthoritySearch.DefaultLimit)
{
    /// <summary>Page size when none is given.</summary>
    public const int DefaultLimit = 20;

    /// <summary>Largest page size.</summary>
    public const int MaxLimit = 200;
}
