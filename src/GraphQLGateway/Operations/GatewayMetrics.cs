using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DigitalPost.GraphQLGateway.Operations;

/// <summary>
/// The gateway's instruments (meter <c>DigitalPost.Gateway</c>): GraphQL operations by type and outcome, errors by code,
/// and operation duration. Exposed in Prometheus text format at <c>/metrics</c> by <see cref="PrometheusMetricsExporter"/>.
/// </summary>
public sealed class GatewayMetrics : IDisposable
{
    public const string MeterName = "DigitalPost.Gateway";

    private readonly Meter _meter;
    private readonly Counter<long> _requests;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _duration;

    public GatewayMetrics(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _requests = _meter.CreateCounter<long>("gateway.requests", "{operation}", "GraphQL operations answered, by operation type and outcome.");
        _errors = _meter.CreateCounter<long>("gateway.errors", "{error}", "GraphQL errors returned, by extensions.code.");
        _duration = _meter.CreateHistogram<double>("gateway.request.duration", "s", "Time from receiving a GraphQL operation to its result, by operation type and outcome.");
    }

    /// <summary>Records one answered operation.</summary>
    /// <param name="operationType">query, mutation, subscription, or none when the request failed before an operation was chosen.</param>
    /// <param name="outcome">ok, error (a result with errors) or request_error (no data).</param>
    public void Record(string operationType, string outcome, TimeSpan duration, IReadOnlyCollection<string> errorCodes)
    {
        ArgumentNullException.ThrowIfNull(errorCodes);
        var tags = new TagList { { "operation_type", operationType }, { "outcome", outcome } };
        _requests.Add(1, tags);
        _duration.Record(duration.TotalSeconds, tags);
        foreach (var code in errorCodes)
        {
            _errors.Add(1, new KeyValuePair<string, object?>("code", code));
        }
    }

    public void Dispose() => _meter.Dispose();
}
