namespace DigitalPost.GraphQL.Language;

/// <summary>
/// A node's or token's span in the source. <see cref="Start"/> and <see cref="End"/> are offsets in
/// the UTF-8 source bytes (end exclusive); <see cref="Line"/> and <see cref="Column"/> are 1-based and
/// locate <see cref="Start"/>, with the column counted in UTF-16 code units as graphql-js does, so
/// error locations agree with other GraphQL implementations.
/// </summary>
/// <param name="Start">Offset of the first byte.</param>
/// <param name="End">Offset just past the last byte.</param>
/// <param name="Line">1-based line of <paramref name="Start"/>.</param>
/// <param name="Column">1-based column of <paramref name="Start"/>.</param>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    /// <summary>The location of a node that was not parsed from source.</summary>
    public static Location None => default;

    /// <summary>Whether this is a real source location (not <see cref="None"/>).</summary>
    public bool IsKnown => Line > 0;
}
