using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace DigitalPost.GraphQLGateway.Operations;

/// <summary>
/// Collects every instrument of the meters whose names start with one of <see cref="MeterPrefixes"/> (the gateway's, the
/// runtime's, the grains') through a <see cref="MeterListener"/>, and writes them in the Prometheus text exposition format
/// (version 0.0.4): counters as <c>_total</c>, up-down counters and gauges as gauges, histograms as cumulative
/// <c>_bucket</c>/<c>_sum</c>/<c>_count</c>. Observable instruments are read at each scrape. No OpenTelemetry package can
/// be restored here, so this is the small exporter the silo needs.
/// </summary>
public sealed class PrometheusMetricsExporter : IDisposable
{
    /// <summary>Histogram bucket upper bounds (seconds suit the gateway's durations; other units share them).</summary>
    public static IReadOnlyList<double> BucketBounds { get; } = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<Instrument, InstrumentSeries> _instruments = new();
    private readonly object _scrapeLock = new();

    public PrometheusMetricsExporter(IReadOnlyList<string> meterPrefixes)
    {
        MeterPrefixes = meterPrefixes;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (MeterPrefixes.Any(prefix => instrument.Meter.Name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                _instruments.TryAdd(instrument, new InstrumentSeries(instrument));
                listener.EnableMeasurementEvents(instrument, _instruments[instrument]);
            }
        };
        _listener.MeasurementsCompleted = (instrument, state) => _instruments.TryRemove(instrument, out var removed);
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<float>((instrument, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<decimal>((instrument, value, tags, state) => ((InstrumentSeries)state!).Record((double)value, tags));
        _listener.SetMeasurementEventCallback<short>((instrument, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<byte>((instrument, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        _listener.Start();
    }

    /// <summary>Meter name prefixes collected.</summary>
    public IReadOnlyList<string> MeterPrefixes { get; }

    /// <summary>The content type of <see cref="Write"/>'s text.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>Reads the observable instruments and writes every series.</summary>
    public string Write()
    {
        lock (_scrapeLock)
        {
            foreach (var series in _instruments.Values)
            {
                series.BeginScrape();
            }

            _listener.RecordObservableInstruments();
            var text = new StringBuilder();
            foreach (var series in _instruments.Values.OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                series.WriteTo(text);
            }

            return text.ToString();
        }
    }

    public void Dispose() => _listener.Dispose();

    /// <summary>A metric or label name as Prometheus allows it: <c>[a-zA-Z_:][a-zA-Z0-9_:]*</c>.</summary>
    public static string SanitizeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or ':' ? c : '_');
        }

        if (builder.Length == 0 || char.IsAsciiDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>A label value with <c>\</c>, <c>"</c> and newlines escaped.</summary>
    public static string EscapeLabelValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
    }

    internal static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    internal static string Labels(IReadOnlyList<KeyValuePair<string, string>> labels, string? extraName = null, string? extraValue = null)
    {
        if (labels.Count == 0 && extraName is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder("{");
        foreach (var (name, value) in labels)
        {
            if (builder.Length > 1)
            {
                builder.Append(',');
            }

            builder.Append(SanitizeName(name)).Append("=\"").Append(EscapeLabelValue(value)).Append('"');
        }

        if (extraName is not null)
        {
            if (builder.Length > 1)
            {
                builder.Append(',');
            }

            builder.Append(extraName).Append("=\"").Append(extraValue).Append('"');
        }

        return builder.Append('}').ToString();
    }
}
