using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Operations;

/// <summary>
/// A request after persisted-document lookup, parsing, validation, operation selection and limits:
/// either ready to execute (<see cref="Operation"/> set) or failed (<see cref="Errors"/> set). Transports
/// use it to look at the operation type before executing (e.g. refuse a mutation over HTTP GET).
/// </summary>
public sealed record PreparedRequest
{
    /// <summary>The request as received.</summary>
    public required GraphQLRequestBody Body { get; init; }

    /// <summary>The parsed, valid document, or <c>null</c> when preparation failed before it was known valid.</summary>
    public DocumentNode? Document { get; init; }

    /// <summary>The selected operation, or <c>null</c> when preparation failed.</summary>
    public OperationDefinitionNode? Operation { get; init; }

    /// <summary>The request errors (code in <c>extensions.code</c>), or <c>null</c> when the request is ready to execute.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    /// <summary>
    /// The <see cref="TimeProvider.GetTimestamp"/> at which a host started timing this request (e.g. before
    /// <see cref="IRequestExecutor.PrepareAsync"/>), or <c>null</c> when nobody times it. Carried here so a host measuring
    /// prepare-to-result needs no side table keyed by the request.
    /// </summary>
    public long? StartedTimestamp { get; init; }

    /// <summary>Whether the request can be executed.</summary>
    public bool IsValid => Errors is null && Operation is not null;

    /// <summary>The selected operation's type, or <c>null</c> when preparation failed.</summary>
    public OperationType? OperationType => Operation?.Operation;

    /// <summary>The failure as a response (no <c>data</c> entry).</summary>
    public ExecutionResult ToErrorResult() => ExecutionResult.FromErrors(Errors ?? []);
}
