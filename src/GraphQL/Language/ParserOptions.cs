namespace DigitalPost.GraphQL.Language;

/// <summary>
/// Limits applied while parsing, so a hostile document is rejected with a
/// <see cref="GraphQLSyntaxException"/> before it costs much memory or stack.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>The defaults: generous for real operations and schemas, small enough to stop floods.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// Maximum number of lexical tokens (punctuators, names, numbers, strings; comments excluded).
    /// Default 100,000: the full introspection query has about 300.
    /// </summary>
    public int MaxTokens { get; init; } = 100_000;

    /// <summary>
    /// Maximum nesting depth of selection sets, list and object values and list types together.
    /// Default 128. Independently of this limit, the parser refuses a document when the thread's
    /// stack is nearly exhausted, so no setting can crash the process.
    /// </summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>Maximum number of field selections in the document. Default 10,000.</summary>
    public int MaxFields { get; init; } = 10_000;
}
