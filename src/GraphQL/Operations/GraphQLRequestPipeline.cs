using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQL.Validation;

namespace DigitalPost.GraphQL.Operations;

/// <summary>
/// The single entry point for transports: persisted-document lookup → document cache → parse (with
/// parser limits) → validation → operation selection → limits → execution. Thread-safe; create one
/// per schema and reuse it.
/// </summary>
public sealed class GraphQLRequestPipeline : IRequestExecutor
{
    private readonly IDocumentValidator _validator;
    private readonly DocumentCache? _cache;
    private readonly ConditionalWeakTable<OperationDefinitionNode, OperationAnalysis> _analyses = [];

    /// <summary>Creates a pipeline for <paramref name="schema"/>.</summary>
    public GraphQLRequestPipeline(Schema schema, RequestPipelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Options = options ?? RequestPipelineOptions.Default;
        _validator = Options.Validator ?? new DocumentValidator();
        _cache = Options.DocumentCacheCapacity > 0 ? new DocumentCache(Math.Max(2, Options.DocumentCacheCapacity)) : null;

        // The pipeline has validated every document it hands over, and caches them itself.
        Executor = new GraphQLExecutor(schema, Options.Execution with { DocumentValidator = NoRulesDocumentValidator.Instance, DocumentCache = null });
    }

    /// <summary>The schema.</summary>
    public Schema Schema { get; }

    /// <summary>The options.</summary>
    public RequestPipelineOptions Options { get; }

    /// <summary>The executor the pipeline runs prepared requests with.</summary>
    public GraphQLExecutor Executor { get; }

    /// <summary>Running totals: parses, validations, cache hits, persisted lookups.</summary>
    public RequestPipelineCounters Counters { get; } = new();

    /// <inheritdoc/>
    public async ValueTask<PreparedRequest> PrepareAsync(GraphQLRequestBody body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var query = body.Query;
        if (!TryGetDocumentId(body, out var id, out var idError))
        {
            return Failed(body, idError!);
        }

        if (id is { } documentId)
        {
            var lookup = await ResolvePersistedAsync(documentId, query, cancellationToken).ConfigureAwait(false);
            if (lookup.Error is not null)
            {
                return Failed(body, lookup.Error);
            }

            query = lookup.Text;
        }
        else if (Options.PersistedDocumentMode == PersistedDocumentMode.AllowOnly && !string.IsNullOrEmpty(query))
        {
            return Failed(body, GraphQLError.WithCode(
                "Only persisted documents are accepted: send a documentId (sha256:<hex>) instead of a query.", OperationErrorCodes.PersistedDocumentRequired));
        }

        return Prepare(body, query);
    }

    /// <inheritdoc/>
    public async ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequestBody body, GraphQLRequestContext? context = null, CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAsync(body, cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(prepared, context, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public ValueTask<ExecutionResult> ExecuteAsync(PreparedRequest request, GraphQLRequestContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.IsValid
            ? Executor.ExecuteAsync(ToExecutionRequest(request, context), cancellationToken)
            : new ValueTask<ExecutionResult>(request.ToErrorResult());
    }

    /// <inheritdoc/>
    public async ValueTask<SubscriptionResult> SubscribeAsync(GraphQLRequestBody body, GraphQLRequestContext? context = null, CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAsync(body, cancellationToken).ConfigureAwait(false);
        return await SubscribeAsync(prepared, context, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public ValueTask<SubscriptionResult> SubscribeAsync(PreparedRequest request, GraphQLRequestContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.IsValid
            ? Executor.SubscribeAsync(ToExecutionRequest(request, context), cancellationToken)
            : new ValueTask<SubscriptionResult>(SubscriptionResult.FromResult(request.ToErrorResult()));
    }

    private PreparedRequest Prepare(GraphQLRequestBody body, string? query)
    {
        if (string.IsNullOrEmpty(query))
        {
            return Failed(body, GraphQLError.WithCode("Must provide query string.", ErrorCodes.BadUserInput));
        }

        // Counting UTF-8 bytes is only needed when the text could be over the limit.
        if (Options.Limits.MaxRequestBytes is { } maxBytes && (long)query.Length * 3 > maxBytes)
        {
            var bytes = Encoding.UTF8.GetByteCount(query);
            if (bytes > maxBytes)
            {
                return Failed(body, GraphQLError.WithCode(
                    $"The document is {bytes} bytes, above the maximum request size of {maxBytes} bytes.", OperationErrorCodes.RequestTooLarge));
            }
        }

        if (_cache is not null && _cache.TryGetDocument(query, out var document))
        {
            Counters.CacheHit();
        }
        else
        {
            try
            {
                document = Parser.Parse(query, Options.Execution.ParserOptions);
                Counters.Parsed();
            }
            catch (GraphQLSyntaxException exception)
            {
                Counters.Parsed();
                return Failed(body, GraphQLError.WithCode(exception.Message, ErrorCodes.ParseFailed, [new ErrorLocation(exception.Line, exception.Column)]));
            }

            Counters.Validated();
            var errors = _validator.Validate(Schema, document);
            if (errors.Count > 0)
            {
                return new PreparedRequest { Body = body, Errors = errors.Select(WithValidationCode).ToArray() };
            }

            _cache?.AddDocument(query, document);
        }

        var operation = SelectOperation(document, body.OperationName, out var operationError);
        if (operation is null)
        {
            return new PreparedRequest { Body = body, Document = document, Errors = [GraphQLError.WithCode(operationError!, ErrorCodes.OperationResolutionFailure)] };
        }

        GraphQLError? limitError;
        try
        {
            limitError = CheckLimits(document, operation, body.Variables);
        }
        catch (InsufficientExecutionStackException)
        {
            limitError = GraphQLError.WithCode("The operation nests too deeply to be measured.", OperationErrorCodes.MaxDepthExceeded, LocationOf(operation));
        }

        return limitError is null
            ? new PreparedRequest { Body = body, Document = document, Operation = operation }
            : new PreparedRequest { Body = body, Document = document, Errors = [limitError] };
    }

    private GraphQLError? CheckLimits(DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables)
    {
        var limits = Options.Limits;
        if (limits.MaxDepth is null && limits.MaxAliases is null && limits.MaxRootFields is null && limits.MaxCost is null)
        {
            return null;
        }

        // Measures, and the cost when no variable changes it, are kept with the operation node, which lives as long as
        // the cached document: a repeated request pays one lookup instead of walking the operation again.
        double? cost = null;
        if (!_analyses.TryGetValue(operation, out var analysis))
        {
            var analyzer = new OperationAnalyzer(Schema, document);
            var measures = analyzer.Measure(operation);
            if (limits.MaxCost is not null)
            {
                cost = analyzer.Cost(operation, variables, limits.Cost);
            }

            analysis = new OperationAnalysis(measures, analyzer.CostReadVariables ? null : cost);
            _analyses.AddOrUpdate(operation, analysis);
            Counters.Analysed();
        }

        var location = LocationOf(operation);
        if (limits.MaxDepth is { } maxDepth && analysis.Measures.Depth > maxDepth)
        {
            return GraphQLError.WithCode($"The operation has depth {analysis.Measures.Depth}, above the maximum depth of {maxDepth}.", OperationErrorCodes.MaxDepthExceeded, location);
        }

        if (limits.MaxAliases is { } maxAliases && analysis.Measures.Aliases > maxAliases)
        {
            return GraphQLError.WithCode($"The operation uses {analysis.Measures.Aliases} aliases, above the maximum of {maxAliases}.", OperationErrorCodes.MaxAliasesExceeded, location);
        }

        if (limits.MaxRootFields is { } maxRoot && analysis.Measures.RootFields > maxRoot)
        {
            return GraphQLError.WithCode($"The operation selects {analysis.Measures.RootFields} root fields, above the maximum of {maxRoot}.", OperationErrorCodes.MaxRootFieldsExceeded, location);
        }

        if (limits.MaxCost is { } maxCost)
        {
            // A cost that reads variables is estimated for each request's own values.
            cost ??= analysis.FixedCost ?? EstimateCost(document, operation, variables, limits.Cost);
            if (cost > maxCost)
            {
                return GraphQLError.WithCode(
                    $"The operation has an estimated cost of {cost.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}, above the maximum cost of {maxCost.ToString(System.Globalization.CultureInfo.InvariantCulture)}.",
                    OperationErrorCodes.CostLimitExceeded, location);
            }
        }

        return null;
    }

    private double EstimateCost(DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables, CostOptions options)
    {
        Counters.CostEstimated();
        return new OperationAnalyzer(Schema, document).Cost(operation, variables, options);
    }

    private async ValueTask<(string? Text, GraphQLError? Error)> ResolvePersistedAsync(PersistedDocumentId id, string? query, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(query))
        {
            if (!id.Matches(query))
            {
                return (null, GraphQLError.WithCode($"The document does not match its id {id}: its SHA-256 differs.", OperationErrorCodes.PersistedDocumentHashMismatch));
            }

            // An ad-hoc document sent with its own hash proves nothing in allow-only mode: it must be known.
            if (Options.PersistedDocumentMode != PersistedDocumentMode.AllowOnly)
            {
                return (query, null);
            }
        }

        if (Options.PersistedDocuments is not { } store)
        {
            return (null, GraphQLError.WithCode($"Persisted document {id} not found: this server has no persisted documents.", OperationErrorCodes.PersistedDocumentNotFound));
        }

        Counters.PersistedLookup();
        var text = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return text is null
            ? (null, GraphQLError.WithCode($"Persisted document {id} not found.", OperationErrorCodes.PersistedDocumentNotFound))
            : (text, null);
    }

    private static bool TryGetDocumentId(GraphQLRequestBody body, out PersistedDocumentId? id, out GraphQLError? error)
    {
        id = null;
        error = null;
        if (body.DocumentId is { } text)
        {
            if (!PersistedDocumentId.TryParse(text, out var parsed))
            {
                error = GraphQLError.WithCode($"Invalid document id \"{text}\": expected sha256:<64 hexadecimal digits>.", OperationErrorCodes.PersistedDocumentIdInvalid);
                return false;
            }

            id = parsed;
            return true;
        }

        var hash = ApolloHash(body.Extensions);
        if (hash is null)
        {
            return true;
        }

        if (!PersistedDocumentId.TryParseHash(hash, out var fromHash))
        {
            error = GraphQLError.WithCode($"Invalid persistedQuery.sha256Hash \"{hash}\": expected 64 hexadecimal digits.", OperationErrorCodes.PersistedDocumentIdInvalid);
            return false;
        }

        id = fromHash;
        return true;
    }

    private static string? ApolloHash(IReadOnlyDictionary<string, object?>? extensions)
    {
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var persisted) || persisted is null)
        {
            return null;
        }

        return persisted switch
        {
            JsonElement { ValueKind: JsonValueKind.Object } element when element.TryGetProperty("sha256Hash", out var hash) =>
                hash.ValueKind == JsonValueKind.String ? hash.GetString() : hash.GetRawText(),
            IReadOnlyDictionary<string, object?> map when map.TryGetValue("sha256Hash", out var hash) => hash switch
            {
                string s => s,
                JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
                null => null,
                _ => hash.ToString(),
            },
            _ => null,
        };
    }

    /// <summary>Spec 6.1 GetOperation, with graphql-js's messages (as the executor words them).</summary>
    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? name, out string? error)
    {
        error = null;
        OperationDefinitionNode? found = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            count++;
            if (string.IsNullOrEmpty(name))
            {
                found ??= operation;
            }
            else if (operation.Name?.Value == name)
            {
                return operation;
            }
        }

        if (!string.IsNullOrEmpty(name))
        {
            error = $"Unknown operation named \"{name}\".";
            return null;
        }

        if (count == 1)
        {
            return found;
        }

        error = count == 0 ? "Must provide an operation." : "Must provide operation name if query contains multiple operations.";
        return null;
    }

    private static ExecutionRequest ToExecutionRequest(PreparedRequest request, GraphQLRequestContext? context)
    {
        context ??= GraphQLRequestContext.Empty;
        return new ExecutionRequest
        {
            Document = request.Document,
            OperationName = request.Body.OperationName,
            Variables = request.Body.Variables,
            Extensions = request.Body.Extensions,
            RootValue = context.RootValue,
            Services = context.Services,
            User = context.User,
            Context = context.Context,
            Features = context.Features,
        };
    }

    private static PreparedRequest Failed(GraphQLRequestBody body, GraphQLError error) => new() { Body = body, Errors = [error] };

    private static GraphQLError WithValidationCode(GraphQLError error) =>
        error.Code is not null
            ? error
            : error with { Extensions = new Dictionary<string, object?>(error.Extensions ?? new Dictionary<string, object?>()) { ["code"] = ErrorCodes.ValidationFailed } };

    private static ErrorLocation[]? LocationOf(SyntaxNode node) =>
        node.Location.IsKnown ? [new ErrorLocation(node.Location.Line, node.Location.Column)] : null;

    /// <summary>What the limits need of one operation: its measures, and its cost when no variable changes it.</summary>
    private sealed record OperationAnalysis(OperationMeasures Measures, double? FixedCost);
}
