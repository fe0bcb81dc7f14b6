namespace DigitalPost.GraphQL.Language;

/// <summary>
/// A document could not be parsed: a lexical or grammatical error, or a parser limit was exceeded.
/// <see cref="Exception.Message"/> is worded as graphql-js words it (<c>Syntax Error: Expected Name, found "}".</c>).
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="description">What is wrong, without the <c>Syntax Error: </c> prefix.</param>
    /// <param name="position">Offset in the UTF-8 source where the error was found.</param>
    /// <param name="line">1-based line of <paramref name="position"/>.</param>
    /// <param name="column">1-based column of <paramref name="position"/>, in UTF-16 code units.</param>
    public GraphQLSyntaxException(string description, int position, int line, int column)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>What is wrong, without the <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    /// <summary>Offset in the UTF-8 source where the error was found.</summary>
    public int Position { get; }

    /// <summary>1-based line of the error.</summary>
    public int Line { get; }

    /// <summary>1-based column of the error, in UTF-16 code units (as graphql-js reports it).</summary>
    public int Column { get; }
}
