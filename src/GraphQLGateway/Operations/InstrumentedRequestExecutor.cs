using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Operations;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Operations;

/// <summary>
/// Wraps the request pipeline: every answered operation is counted and timed (<see cref="GatewayMetrics"/>) and logged
/// (<see cref="GatewayRequestLog"/>). The time runs from <see cref="PrepareAsync"/> (parse, validate, limits) to the result.
/// </summary>
public sealed class InstrumentedRequestExecutor : IRequestExecutor
{
    private readonly IRequestExecutor _inner;
    private readonly GatewayMetrics _metrics;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly int? _maxPageSize;

    /// <param name="maxPageSize">When set, operations with a <c>first</c>/<c>last</c> above it are refused before execution (<see cref="PageSizeGuard"/>).</param>
    public InstrumentedRequestExecutor(IRequestExecutor inner, GatewayMetrics metrics, ILogger logger, TimeProvider time, int? maxPageSize = null)
    {
        _inner = inner;
        _metrics = metrics;
        _logger = logger;
        _time = time;
        _maxPageSize = maxPageSize;
    }

    public async ValueTask<PreparedRequest> PrepareAsync(GraphQLRequestBody body, CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        var prepared = await _inner.PrepareAsync(body, cancellationToken).ConfigureAwait(false);
        if (prepared.IsValid && _maxPageSize is { } max && PageSizeGuard.Check(prepared, max) is { } problem)
        {
            prepared = prepared with { Errors = [GraphQLError.WithCode(problem, PageSizeGuard.ErrorCode)] };
        }

        if (!prepared.IsValid)
        {
            // The transport answers a request error without executing: this is the operation's end.
            Record(prepared, started, prepared.ToErrorResult());
            return prepared;
        }

        return prepared with { StartedTimestamp = started };
    }

    public async ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequestBody body, GraphQLRequestContext? context = null, CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAsync(body, cancellationToken).ConfigureAwait(false);
        return prepared.IsValid ? await ExecuteAsync(prepared, context, cancellationToken).ConfigureAwait(false) : prepared.ToErrorResult();
    }

    public async ValueTask<ExecutionResult> ExecuteAsync(PreparedRequest request, GraphQLRequestContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = StartOf(request);
        var result = await _inner.ExecuteAsync(request, context, cancellationToken).ConfigureAwait(false);
        Record(request, started, result);
        return result;
    }

    public async ValueTask<SubscriptionResult> SubscribeAsync(GraphQLRequestBody body, GraphQLRequestContext? context = null, CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAsync(body, cancellationToken).ConfigureAwait(false);
        return await SubscribeAsync(prepared, context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Subscriptions are recorded when the subscription is set up (its events are not requests).</summary>
    public async ValueTask<SubscriptionResult> SubscribeAsync(PreparedRequest request, GraphQLRequestContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = StartOf(request);
        var result = await _inner.SubscribeAsync(request, context, cancellationToken).ConfigureAwait(false);
        Record(request, started, result.Single);
        return result;
    }

    /// <summary>Records an operation the host refused before executing it (e.g. the platform could not be resolved).</summary>
    public void RecordRefused(PreparedRequest? request, string errorCode)
    {
        var started = request is null ? _time.GetTimestamp() : StartOf(request);
        Record(request, started, ExecutionResult.FromError(GraphQLError.WithCode(errorCode, errorCode)));
    }

    private long StartOf(PreparedRequest request) => request.StartedTimestamp ?? _time.GetTimestamp();

    private void Record(PreparedRequest? request, long started, ExecutionResult? result)
    {
        var elapsed = _time.GetElapsedTime(started);
        var operationType = request?.OperationType switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "none",
        };
        var codes = result?.Errors is { Count: > 0 } errors
            ? errors.Select(error => error.Code ?? "UNKNOWN").ToList()
            : (IReadOnlyList<string>)[];
        var outcome = result is null ? "ok" : result.IsRequestError ? "request_error" : codes.Count > 0 ? "error" : "ok";
        _metrics.Record(operationType, outcome, elapsed, codes);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            var name = LogSafeText.Mask(request?.Operation?.Name?.Value ?? request?.Body.OperationName) ?? "(anonymous)";
            GatewayRequestLog.Answered(_logger, operationType, name, elapsed.TotalMilliseconds, outcome, codes.Count == 0 ? string.Empty : string.Join(',', codes.Distinct(StringComparer.Ordinal)));
        }
    }
}
