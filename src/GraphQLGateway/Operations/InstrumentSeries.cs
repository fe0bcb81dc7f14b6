using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;

namespace DigitalPost.GraphQLGateway.Operations;

/// <summary>The aggregated values of one instrument, one series per distinct tag set (see <see cref="PrometheusMetricsExporter"/>).</summary>
internal sealed class InstrumentSeries
{
    private readonly Instrument _instrument;
    private readonly ConcurrentDictionary<string, Series> _series = new(StringComparer.Ordinal);
    private readonly bool _cumulativeObservations;
    private readonly bool _histogram;
    private readonly bool _monotonic;

    public InstrumentSeries(Instrument instrument)
    {
        _instrument = instrument;
        _histogram = instrument.GetType().Name.StartsWith("Histogram", StringComparison.Ordinal);
        _monotonic = instrument.GetType().Name.StartsWith("Counter", StringComparison.Ordinal) || instrument.GetType().Name.StartsWith("ObservableCounter", StringComparison.Ordinal);

        // Observable instruments report their current value (a total or a level) on each scrape: keep the last, never add.
        _cumulativeObservations = instrument.IsObservable;
        var baseName = PrometheusMetricsExporter.SanitizeName(instrument.Name);
        if (instrument.Unit == "s" && !baseName.EndsWith("_seconds", StringComparison.Ordinal))
        {
            baseName += "_seconds";
        }

        Name = baseName;
    }

    public string Name { get; }

    public void BeginScrape()
    {
        if (_cumulativeObservations)
        {
            // An observable series that is not reported again has ended (e.g. a queue that went away).
            _series.Clear();
        }
    }

    public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = new List<KeyValuePair<string, string>>(tags.Length);
        foreach (var tag in tags)
        {
            labels.Add(new(tag.Key, Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
        }

        labels.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var key = string.Join('\u0001', labels.Select(l => l.Key + "\u0002" + l.Value));
        var series = _series.GetOrAdd(key, _ => new Series(labels, _histogram ? PrometheusMetricsExporter.BucketBounds.Count : 0));
        lock (series)
        {
            if (_histogram)
            {
                series.Count++;
                series.Sum += value;
                for (var i = 0; i < PrometheusMetricsExporter.BucketBounds.Count; i++)
                {
                    if (value <= PrometheusMetricsExporter.BucketBounds[i])
                    {
                        series.Buckets[i]++;
                        break;
                    }
                }
            }
            else if (_cumulativeObservations)
            {
                series.Sum = value;
            }
            else
            {
                series.Sum += value;
            }
        }
    }

    public void WriteTo(StringBuilder text)
    {
        if (_series.IsEmpty)
        {
            return;
        }

        var type = _histogram ? "histogram" : _monotonic ? "counter" : "gauge";
        var name = _monotonic ? Name + "_total" : Name;
        if (!string.IsNullOrEmpty(_instrument.Description))
        {
            text.Append("# HELP ").Append(name).Append(' ').Append(_instrument.Description.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
        }

        text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
        foreach (var series in _series.Values.OrderBy(s => PrometheusMetricsExporter.Labels(s.Labels), StringComparer.Ordinal))
        {
            lock (series)
            {
                if (!_histogram)
                {
                    text.Append(name).Append(PrometheusMetricsExporter.Labels(series.Labels)).Append(' ').Append(PrometheusMetricsExporter.Number(series.Sum)).Append('\n');
                    continue;
                }

                long cumulative = 0;
                for (var i = 0; i < PrometheusMetricsExporter.BucketBounds.Count; i++)
                {
                    cumulative += series.Buckets[i];
                    text.Append(Name).Append("_bucket").Append(PrometheusMetricsExporter.Labels(series.Labels, "le", PrometheusMetricsExporter.Number(PrometheusMetricsExporter.BucketBounds[i])))
                        .Append(' ').Append(cumulative).Append('\n');
                }

                text.Append(Name).Append("_bucket").Append(PrometheusMetricsExporter.Labels(series.Labels, "le", "+Inf")).Append(' ').Append(series.Count).Append('\n');
                text.Append(Name).Append("_sum").Append(PrometheusMetricsExporter.Labels(series.Labels)).Append(' ').Append(PrometheusMetricsExporter.Number(series.Sum)).Append('\n');
                text.Append(Name).Append("_count").Append(PrometheusMetricsExporter.Labels(series.Labels)).Append(' ').Append(series.Count).Append('\n');
            }
        }
    }

    private sealed class Series(IReadOnlyList<KeyValuePair<string, string>> labels, int buckets)
    {
        public IReadOnlyList<KeyValuePair<string, string>> Labels { get; } = labels;

        public long[] Buckets { get; } = new long[buckets];

        public long Count { get; set; }

        public double Sum { get; set; }
    }
}
