using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types;

/// <summary>Options of <see cref="SchemaBuilder"/>.</summary>
public sealed record SchemaBuilderOptions
{
    /// <summary>The defaults.</summary>
    public static SchemaBuilderOptions Default { get; } = new();

    /// <summary>
    /// When <c>true</c>, every field of every object type needs a bound resolver (or a matching property
    /// of a bound runtime type); the dynamic property/dictionary resolution is off. Default <c>false</c>.
    /// </summary>
    public bool RequireResolvers { get; init; }

    /// <summary>Parser limits for SDL given as text. Default: <see cref="ParserOptions"/> with larger limits suited to big schemas.</summary>
    public ParserOptions ParserOptions { get; init; } = new() { MaxTokens = 1_000_000, MaxFields = 100_000 };
}
