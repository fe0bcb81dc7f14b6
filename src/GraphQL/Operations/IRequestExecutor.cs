using DigitalPost.GraphQL.Execution;

namespace DigitalPost.GraphQL.Operations;

/// <summary>The entry point transports call: raw request in, response (or response stream) out.</summary>
public interface IRequestExecutor
{
    /// <summary>Persisted-document lookup, document cache, parse, validation, operation selection and limits.</summary>
    ValueTask<PreparedRequest> PrepareAsync(GraphQLRequestBody body, CancellationToken cancellationToken = default);

    /// <summary>Prepares and executes a query or mutation.</summary>
    ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequestBody body, GraphQLRequestContext? context = null, CancellationToken cancellationToken = default);

    /// <summary>Executes a prepared request (its errors when it failed).</summary>
    ValueTask<ExecutionResult> ExecuteAsync(PreparedRequest request, GraphQLRequestContext? context = null, CancellationToken cancellationToken = default);

    /// <summary>Prepares and subscribes (a query or mutation gives its single result).</summary>
    ValueTask<SubscriptionResult> SubscribeAsync(GraphQLRequestBody body, GraphQLRequestContext? context = null, CancellationToken cancellationToken = default);

    /// <summary>Subscribes with a prepared request.</summary>
    ValueTask<SubscriptionResult> SubscribeAsync(PreparedRequest request, GraphQLRequestContext? context = null, CancellationToken cancellationToken = default);
}
