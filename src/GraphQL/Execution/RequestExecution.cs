using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Execution;

/// <summary>
/// The state of one operation's execution (spec section 6.3 ExecuteQuery/ExecuteMutation and
/// 6.4 ExecuteSelectionSet): collects fields, coerces arguments, calls resolvers, completes values,
/// records field errors and propagates nulls.
/// </summary>
/// <remarks>
/// Null propagation uses the <see cref="Failed"/> sentinel: a position whose error has already been
/// recorded. A non-null position turns <c>null</c> into an error plus <see cref="Failed"/>; the
/// nearest nullable position (a nullable field or list item) turns <see cref="Failed"/> into <c>null</c>.
/// </remarks>
internal sealed partial class RequestExecution
{
    /// <summary>The value of a position that failed with an error already recorded.</summary>
    internal static readonly object Failed = new();

    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>(0);

    private readonly GraphQLExecutor _executor;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments;
    private readonly object _errorsGate = new();
    private List<GraphQLError>? _errors;
    private System.Collections.Concurrent.ConcurrentDictionary<string, object?>? _items;

    public RequestExecution(
        GraphQLExecutor executor,
        ExecutionRequest request,
        DocumentNode document,
        OperationDefinitionNode operation,
        Dictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        CancellationToken cancellationToken)
    {
        _executor = executor;
        Request = request;
        Document = document;
        Operation = operation;
        _fragments = fragments;
        Variables = variables;
        CancellationToken = cancellationToken;
        DataLoaders = new DataLoaderScope(cancellationToken);
    }

    public Schema Schema => _executor.Schema;

    public ExecutionOptions Options => _executor.Options;

    public ExecutionRequest Request { get; }

    public DocumentNode Document { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public CancellationToken CancellationToken { get; }

    public DataLoaderScope DataLoaders { get; }

    public IServiceProvider Services => Request.Services ?? Options.Services ?? EmptyServiceProvider.Instance;

    public IDictionary<string, object?> Items
    {
        get
        {
            if (_items is null)
            {
                // Resolvers of one request may run concurrently, so the storage is thread-safe.
                Interlocked.CompareExchange(ref _items, new System.Collections.Concurrent.ConcurrentDictionary<string, object?>(StringComparer.Ordinal), null);
            }

            return _items;
        }
    }

    public IReadOnlyList<GraphQLError>? Errors => _errors;

    /// <summary>Executes the operation's root selection set against <paramref name="rootValue"/>.</summary>
    public ValueTask<ExecutionResult> ExecuteOperationAsync(ObjectType rootType, object? rootValue)
    {
        var plan = GetPlan(rootType, Operation.SelectionSet);
        ValueTask<object?> data;
        DataLoaders.EnterWork();
        try
        {
            data = Operation.Operation == OperationType.Mutation
                ? ExecuteSeriallyAsync(rootType, rootValue, plan)
                : ExecuteSelectionSet(rootType, rootValue, plan, null);
        }
        finally
        {
            DataLoaders.ExitWork();
        }

        return data.IsCompletedSuccessfully ? new ValueTask<ExecutionResult>(BuildResult(data.Result)) : AwaitResultAsync(data);
    }

    private async ValueTask<ExecutionResult> AwaitResultAsync(ValueTask<object?> data) => BuildResult(await data.ConfigureAwait(false));

    private ExecutionResult BuildResult(object? data) => new()
    {
        HasData = true,
        Data = data as ResultMap,
        Errors = _errors,
    };

    /// <summary>Records an error (thread-safe).</summary>
    public void AddError(GraphQLError error)
    {
        lock (_errorsGate)
        {
            (_errors ??= []).Add(error);
        }
    }

    /// <summary>Records a field error located at the field's selections and path; returns <see cref="Failed"/>.</summary>
    public object RecordFieldError(Exception exception, FieldGroup group, ResultPath path)
    {
        var locations = new List<ErrorLocation>(group.Nodes.Count);
        foreach (var node in group.Nodes)
        {
            if (node.Location.IsKnown)
            {
                locations.Add(new ErrorLocation(node.Location.Line, node.Location.Column));
            }
        }

        AddError(ToError(exception, locations, path));
        return Failed;
    }

    /// <summary>Records an error with a message (e.g. a non-null violation); returns <see cref="Failed"/>.</summary>
    public object RecordFieldError(string message, FieldGroup group, ResultPath path) =>
        RecordFieldError(new GraphQLException(message), group, path);

    private GraphQLError ToError(Exception exception, IReadOnlyList<ErrorLocation> locations, ResultPath path)
    {
        if (exception is GraphQLException graphQLException)
        {
            return new GraphQLError(graphQLException.Message)
            {
                Locations = locations,
                Path = path.ToList(),
                Extensions = Extensions(graphQLException.Code, graphQLException.Extensions),
                Exception = exception,
            };
        }

        if (exception is OperationCanceledException && CancellationToken.IsCancellationRequested)
        {
            return new GraphQLError("Execution was cancelled.")
            {
                Locations = locations,
                Path = path.ToList(),
                Extensions = Extensions("CANCELLED", null),
                Exception = exception,
            };
        }

        Options.UnexpectedExceptionObserver?.Invoke(exception, path);
        var extensions = new Dictionary<string, object?>(2) { ["code"] = ErrorCodes.InternalServerError };
        if (Options.ExposeExceptionDetails)
        {
            extensions["exception"] = exception.GetType().FullName;
        }

        return new GraphQLError(Options.ExposeExceptionDetails ? exception.Message : "Unexpected error.")
        {
            Locations = locations,
            Path = path.ToList(),
            Extensions = extensions,
            Exception = exception,
        };
    }

    private static Dictionary<string, object?>? Extensions(string? code, IReadOnlyDictionary<string, object?>? more)
    {
        if (code is null && more is null)
        {
            return null;
        }

        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (code is not null)
        {
            extensions["code"] = code;
        }

        if (more is not null)
        {
            foreach (var (key, value) in more)
            {
                extensions.TryAdd(key, value);
            }
        }

        return extensions;
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
