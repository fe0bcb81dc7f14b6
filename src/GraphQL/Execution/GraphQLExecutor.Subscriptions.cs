using System.Runtime.CompilerServices;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Execution;

/// <summary>Spec 6.3.3 Subscribe: CreateSourceEventStream and MapSourceToResponseEvent.</summary>
public sealed partial class GraphQLExecutor
{
    /// <summary>
    /// Subscribes: for a subscription operation, resolves the root field's source event stream and
    /// returns a response stream that executes the selection set once per event. For a query or
    /// mutation, executes it and returns the single result (so one entry point serves WebSocket
    /// clients). Request errors and a failing subscribe resolver give a single result.
    /// </summary>
    public async ValueTask<SubscriptionResult> SubscribeAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepared = Prepare(request, out var failure);
        if (prepared is null)
        {
            return SubscriptionResult.FromResult(failure!);
        }

        var (document, operation, info) = prepared.Value;
        if (operation.Operation != OperationType.Subscription)
        {
            return SubscriptionResult.FromResult(await ExecuteOperationAsync(request, document, operation, info, request.RootValue, cancellationToken).ConfigureAwait(false));
        }

        var rootType = Schema.SubscriptionType;
        if (rootType is null)
        {
            return SubscriptionResult.FromResult(ExecutionResult.FromError(GraphQLError.WithCode(
                "Schema is not configured to execute subscription operation.", ErrorCodes.OperationResolutionFailure, LocationOf(operation))));
        }

        var variables = CoerceVariables(operation, request.Variables, out var variableErrors);
        if (variableErrors is not null)
        {
            return SubscriptionResult.FromResult(ExecutionResult.FromErrors(variableErrors));
        }

        var execution = new RequestExecution(this, request, document, operation, info.Fragments, variables, cancellationToken);
        var (source, error) = await execution.CreateSourceEventStreamAsync(rootType, request.RootValue).ConfigureAwait(false);
        if (source is null)
        {
            return SubscriptionResult.FromResult(new ExecutionResult { Errors = error is null ? [] : [error] });
        }

        return SubscriptionResult.FromStream(MapSourceToResponseEventsAsync(source, request, document, operation, info, variables, rootType, cancellationToken));
    }

    private async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEventsAsync(
        IAsyncEnumerable<object?> source,
        ExecutionRequest request,
        DocumentNode document,
        OperationDefinitionNode operation,
        DocumentInfo info,
        IReadOnlyDictionary<string, object?> variables,
        ObjectType rootType,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var sourceEvent in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // Each event is executed like a query whose root value is the event (ExecuteSubscriptionEvent),
            // within the execution timeout when one is set.
            yield return await RunAsync(request, document, operation, info, variables, rootType, sourceEvent, cancellationToken).ConfigureAwait(false);
        }
    }
}
