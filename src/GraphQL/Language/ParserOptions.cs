namespace DigitalPost.GraphQL.Language;

/// <summary>
/// Limits applied while parsing, so a hostile document is rejected with a
/// <see cref="GraphQLSyntaxException"/> before it costs much memory or stack. Every limit must be at
/// least 1; use <see cref="int.MaxValue"/> for "no limit".
/// </summary>
public sealed record ParserOptions
{
    private readonly int _maxTokens = 100_000;
    private readonly int _maxDepth = 128;
    private readonly int _maxFields = 10_000;

    /// <summary>The defaults: generous for real operations and schemas, small enough to stop floods.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// Maximum number of lexical tokens (punctuators, names, numbers, strings; comments excluded).
    /// Default 100,000: the full introspection query has about 300.
    /// </summary>
    public int MaxTokens
    {
        get => _maxTokens;
        init => _maxTokens = Positive(value);
    }

    /// <summary>
    /// Maximum nesting depth of selection sets, list and object values and list types together.
    /// Default 128. Independently of this limit, the parser refuses a document when the thread's
    /// stack is nearly exhausted, so no setting can crash the process.
    /// </summary>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = Positive(value);
    }

    /// <summary>Maximum number of field selections in the document. Default 10,000.</summary>
    public int MaxFields
    {
        get => _maxFields;
        init => _maxFields = Positive(value);
    }

    private static int Positive(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        return value;
    }
}
