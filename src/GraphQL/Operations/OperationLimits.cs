namespace DigitalPost.GraphQL.Operations;

/// <summary>
/// Limits checked on every operation after validation (fragments expanded, introspection fields
/// included). Each limit is <c>null</c> for "no limit". A violation is a request error whose
/// <c>extensions.code</c> is one of <see cref="OperationErrorCodes"/> and whose message names the
/// limit and the observed value.
/// </summary>
public sealed record OperationLimits
{
    /// <summary>The defaults (see each property).</summary>
    public static OperationLimits Default { get; } = new();

    /// <summary>No limits at all.</summary>
    public static OperationLimits None { get; } = new()
    {
        MaxDepth = null,
        MaxAliases = null,
        MaxRootFields = null,
        MaxCost = null,
        MaxRequestBytes = null,
    };

    /// <summary>
    /// Maximum field nesting depth: a root field is at depth 1, its sub-fields at 2, and so on;
    /// fragments count as the fields they contain. Default 20 (the graphql-js introspection query
    /// reaches 13).
    /// </summary>
    public int? MaxDepth { get; init; } = 20;

    /// <summary>Maximum number of aliased fields in the operation, fragments expanded. Default 100.</summary>
    public int? MaxAliases { get; init; } = 100;

    /// <summary>Maximum number of fields in the operation's root selection set, fragments expanded. Default 50.</summary>
    public int? MaxRootFields { get; init; } = 50;

    /// <summary>
    /// Maximum estimated cost (see <see cref="CostOptions"/>). Default <c>null</c>: costs depend on the
    /// application's resolvers, so the cap is opted into.
    /// </summary>
    public double? MaxCost { get; init; }

    /// <summary>
    /// Maximum request size in bytes. The transport enforces it on the raw body; the pipeline also
    /// refuses a document text whose UTF-8 size is above it. Default 1 MiB.
    /// </summary>
    public long? MaxRequestBytes { get; init; } = 1024 * 1024;

    /// <summary>How cost is estimated.</summary>
    public CostOptions Cost { get; init; } = CostOptions.Default;
}
