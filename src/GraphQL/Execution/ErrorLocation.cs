namespace DigitalPost.GraphQL.Execution;

/// <summary>A position in the request document (1-based line and column) for <c>errors[].locations</c>.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column (UTF-16 code units, as graphql-js counts).</param>
public readonly record struct ErrorLocation(int Line, int Column);
