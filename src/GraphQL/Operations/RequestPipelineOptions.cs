using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Validation;

namespace DigitalPost.GraphQL.Operations;

/// <summary>Options of a <see cref="GraphQLRequestPipeline"/>: everything between a transport and the executor.</summary>
public sealed record RequestPipelineOptions
{
    /// <summary>The defaults.</summary>
    public static RequestPipelineOptions Default { get; } = new();

    /// <summary>
    /// Executor options: parser limits (<see cref="ExecutionOptions.ParserOptions"/>), the
    /// introspection switch (<see cref="ExecutionOptions.EnableIntrospection"/>) and the per-request
    /// timeout (<see cref="ExecutionOptions.Timeout"/>) are taken from here. Its validator and document
    /// cache are ignored: the pipeline validates and caches itself.
    /// </summary>
    public ExecutionOptions Execution { get; init; } = ExecutionOptions.Default;

    /// <summary>The validator. Default: a <see cref="DocumentValidator"/> with the specification's rules.</summary>
    public IDocumentValidator? Validator { get; init; }

    /// <summary>Depth, alias, root field, cost and size limits.</summary>
    public OperationLimits Limits { get; init; } = OperationLimits.Default;

    /// <summary>Maximum number of parsed and validated documents kept (see <see cref="DocumentCache"/>). Default 1000; 0 disables the cache.</summary>
    public int DocumentCacheCapacity { get; init; } = 1000;

    /// <summary>The persisted document store, or <c>null</c> when persisted documents are not supported.</summary>
    public IPersistedDocumentStore? PersistedDocuments { get; init; }

    /// <summary>Whether ad-hoc documents are accepted. Default <see cref="PersistedDocumentMode.Optional"/>.</summary>
    public PersistedDocumentMode PersistedDocumentMode { get; init; } = PersistedDocumentMode.Optional;
}
