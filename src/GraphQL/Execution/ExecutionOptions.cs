using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Execution;

/// <summary>Options of a <see cref="GraphQLExecutor"/>.</summary>
public sealed record ExecutionOptions
{
    /// <summary>The defaults.</summary>
    public static ExecutionOptions Default { get; } = new();

    /// <summary>
    /// Validates documents before execution. Default: <see cref="NoRulesDocumentValidator"/> (accepts
    /// everything); the validation layer replaces it with the specification's rules.
    /// </summary>
    public IDocumentValidator DocumentValidator { get; init; } = NoRulesDocumentValidator.Instance;

    /// <summary>A cache of parsed and validated documents keyed by text, or <c>null</c> for none.</summary>
    public IDocumentCache? DocumentCache { get; init; }

    /// <summary>Parser limits for request documents.</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried. Default <c>true</c>. (<c>__typename</c> always works.)</summary>
    public bool EnableIntrospection { get; init; } = true;

    /// <summary>
    /// When <c>true</c>, unexpected resolver exceptions show their message (and type in
    /// <c>extensions.exception</c>); otherwise "Unexpected error.". Default <c>false</c>: never in production.
    /// </summary>
    public bool ExposeExceptionDetails { get; init; }

    /// <summary>Maximum time an operation may run (subscriptions: each event). Default <c>null</c>: no limit.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The clock for <see cref="Timeout"/>. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Services for requests that bring none.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Called for every unexpected resolver exception (for logging), with the response path.</summary>
    public Action<Exception, ResultPath?>? UnexpectedExceptionObserver { get; init; }
}
