using System.Runtime.CompilerServices;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Execution;

/// <summary>
/// Executes requests against a schema: parse (or take the cached/parsed document), validate through
/// <see cref="ExecutionOptions.DocumentValidator"/>, select the operation, coerce variables, execute.
/// Thread-safe; create one per schema and reuse it.
/// </summary>
public sealed partial class GraphQLExecutor
{
    private readonly ConditionalWeakTable<DocumentNode, DocumentInfo> _documents = [];

    /// <summary>Creates an executor for <paramref name="schema"/>.</summary>
    public GraphQLExecutor(Schema schema, ExecutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Options = options ?? ExecutionOptions.Default;
    }

    /// <summary>The schema.</summary>
    public Schema Schema { get; }

    /// <summary>The options.</summary>
    public ExecutionOptions Options { get; }

    internal PlanCache Plans { get; } = new();

    /// <summary>
    /// Executes a query or mutation. Request errors (syntax, validation, unknown operation, variables)
    /// give a result without <c>data</c>; field errors give partial <c>data</c> and <c>errors</c>. A
    /// subscription operation gives an error (code <c>SUBSCRIPTION_NOT_SUPPORTED</c>): use <see cref="SubscribeAsync"/>.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepared = Prepare(request, out var failure);
        if (prepared is null)
        {
            return new ValueTask<ExecutionResult>(failure!);
        }

        var (document, operation, info) = prepared.Value;
        if (operation.Operation == OperationType.Subscription)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromError(GraphQLError.WithCode(
                "Subscription operations must be executed with SubscribeAsync (e.g. over a WebSocket).", ErrorCodes.SubscriptionNotSupported, LocationOf(operation))));
        }

        return ExecuteOperationAsync(request, document, operation, info, request.RootValue, cancellationToken);
    }

    private ValueTask<ExecutionResult> ExecuteOperationAsync(ExecutionRequest request, DocumentNode document, OperationDefinitionNode operation, DocumentInfo info, object? rootValue, CancellationToken cancellationToken)
    {
        var rootType = Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromError(GraphQLError.WithCode(
                $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.", ErrorCodes.OperationResolutionFailure, LocationOf(operation))));
        }

        var variables = CoerceVariables(operation, request.Variables, out var variableErrors);
        if (variableErrors is not null)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(variableErrors));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return RunAsync(request, document, operation, info, variables, rootType, rootValue, cancellationToken);
    }

    /// <summary>Executes the operation's selection set on <paramref name="rootValue"/>, within <see cref="ExecutionOptions.Timeout"/> when set.</summary>
    private ValueTask<ExecutionResult> RunAsync(
        ExecutionRequest request, DocumentNode document, OperationDefinitionNode operation, DocumentInfo info,
        IReadOnlyDictionary<string, object?> variables, ObjectType rootType, object? rootValue, CancellationToken cancellationToken)
    {
        if (Options.Timeout is not { } timeout)
        {
            var execution = new RequestExecution(this, request, document, operation, info.Fragments, variables, cancellationToken);
            var running = execution.ExecuteOperationAsync(rootType, rootValue);
            if (running.IsCompletedSuccessfully)
            {
                cancellationToken.ThrowIfCancellationRequested();
                return running;
            }

            return ThrowIfCancelledAfterAsync(running, cancellationToken);
        }

        return ExecuteWithTimeoutAsync(request, document, operation, info, variables, rootType, rootValue, timeout, cancellationToken);
    }

    /// <summary>A request the caller cancelled ends in <see cref="OperationCanceledException"/>, not in a result full of cancellation errors.</summary>
    private static async ValueTask<ExecutionResult> ThrowIfCancelledAfterAsync(ValueTask<ExecutionResult> running, CancellationToken cancellationToken)
    {
        var result = await running.ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return result;
    }

    private async ValueTask<ExecutionResult> ExecuteWithTimeoutAsync(
        ExecutionRequest request, DocumentNode document, OperationDefinitionNode operation, DocumentInfo info,
        IReadOnlyDictionary<string, object?> variables, ObjectType rootType, object? rootValue, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, Options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        var execution = new RequestExecution(this, request, document, operation, info.Fragments, variables, linked.Token);
        var running = execution.ExecuteOperationAsync(rootType, rootValue);
        try
        {
            // Resolvers that ignore the token must not hold the response past the limit.
            var result = running.IsCompleted ? await running.ConfigureAwait(false) : await running.AsTask().WaitAsync(linked.Token).ConfigureAwait(false);
            if (!timeoutSource.IsCancellationRequested)
            {
                return result;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeoutSource.IsCancellationRequested)
        {
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new ExecutionResult
        {
            HasData = true,
            Data = null,
            Errors = [GraphQLError.WithCode($"Execution timed out after {timeout.TotalMilliseconds:0} ms.", ErrorCodes.Timeout)],
        };
    }

    private (DocumentNode Document, OperationDefinitionNode Operation, DocumentInfo Info)? Prepare(ExecutionRequest request, out ExecutionResult? failure)
    {
        failure = null;
        var document = request.Document;
        var validated = false;
        if (document is null)
        {
            if (string.IsNullOrEmpty(request.Query))
            {
                failure = ExecutionResult.FromError(GraphQLError.WithCode("Must provide query string.", ErrorCodes.BadUserInput));
                return null;
            }

            if (Options.DocumentCache?.TryGetDocument(request.Query, out document) == true)
            {
                validated = true;
            }
            else
            {
                try
                {
                    document = Parser.Parse(request.Query, Options.ParserOptions);
                }
                catch (GraphQLSyntaxException exception)
                {
                    failure = ExecutionResult.FromError(GraphQLError.WithCode(exception.Message, ErrorCodes.ParseFailed, [new ErrorLocation(exception.Line, exception.Column)]));
                    return null;
                }
            }
        }

        var info = _documents.GetValue(document!, static d => new DocumentInfo(d));
        if (!validated && !info.Validated)
        {
            var errors = Options.DocumentValidator.Validate(Schema, document!);
            if (errors.Count > 0)
            {
                failure = ExecutionResult.FromErrors(errors.Select(WithValidationCode).ToArray());
                return null;
            }

            info.Validated = true;
            if (request.Document is null)
            {
                Options.DocumentCache?.AddDocument(request.Query!, document!);
            }
        }

        var operation = info.GetOperation(request.OperationName, out var operationError);
        if (operation is null)
        {
            failure = ExecutionResult.FromError(GraphQLError.WithCode(operationError!, ErrorCodes.OperationResolutionFailure));
            return null;
        }

        return (document!, operation, info);
    }

    private static GraphQLError WithValidationCode(GraphQLError error) =>
        error.Code is not null
            ? error
            : error with { Extensions = new Dictionary<string, object?>(error.Extensions ?? new Dictionary<string, object?>()) { ["code"] = ErrorCodes.ValidationFailed } };

    private static ErrorLocation[]? LocationOf(SyntaxNode node) =>
        node.Location.IsKnown ? [new ErrorLocation(node.Location.Line, node.Location.Column)] : null;

    /// <summary>What the executor keeps per document: fragments by name, operations, and whether it passed validation.</summary>
    private sealed class DocumentInfo
    {
        private readonly List<OperationDefinitionNode> _operations = [];

        public DocumentInfo(DocumentNode document)
        {
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case OperationDefinitionNode operation:
                        _operations.Add(operation);
                        break;
                    case FragmentDefinitionNode fragment:
                        Fragments.TryAdd(fragment.Name.Value, fragment);
                        break;
                }
            }
        }

        public Dictionary<string, FragmentDefinitionNode> Fragments { get; } = new(StringComparer.Ordinal);

        public volatile bool Validated;

        /// <summary>Spec 6.1 GetOperation.</summary>
        public OperationDefinitionNode? GetOperation(string? name, out string? error)
        {
            error = null;
            if (string.IsNullOrEmpty(name))
            {
                if (_operations.Count == 1)
                {
                    return _operations[0];
                }

                error = _operations.Count == 0 ? "Must provide an operation." : "Must provide operation name if query contains multiple operations.";
                return null;
            }

            foreach (var operation in _operations)
            {
                if (operation.Name?.Value == name)
                {
                    return operation;
                }
            }

            error = $"Unknown operation named \"{name}\".";
            return null;
        }
    }
}
