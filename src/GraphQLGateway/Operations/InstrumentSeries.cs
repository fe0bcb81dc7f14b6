using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;

namespace DigitalPost.GraphQLGateway.Operations;

/// <summary>The aggregated values of one instrument, one series per distinct tag set (see <see cref="PrometheusMetricsExporter"/>).</summary>
internal sealed class InstrumentSeries
{
    /// <summary>Series found by scanning before the key lookup (instruments here have a handful; a scan of more would cost more than the key).</summary>
    private const int MaxKnownSeries = 16;

    private readonly Instrument _instrument;
    private readonly ConcurrentDictionary<string, Series> _series = new(StringComparer.Ordinal);
    private readonly bool _cumulativeObservations;
    private readonly bool _histogram;
    private readonly bool _monotonic;
    private readonly Lock _knownLock = new();

    /// <summary>The series <see cref="Find"/> scans (copied on write); beyond <see cref="MaxKnownSeries"/> the key lookup serves.</summary>
    private Series[] _known = [];

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
        var series = Find(tags) ?? Add(tags);
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

    /// <summary>
    /// The series of <paramref name="tags"/> among the known ones, without building its key: measurements arrive on every
    /// request (and grain call), and the key (a list, sorted, joined) cost more than recording. Only instruments
    /// recorded as they happen use this (observable ones are cleared at each scrape).
    /// </summary>
    private Series? Find(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var series in Volatile.Read(ref _known))
        {
            if (series.Matches(tags))
            {
                return series;
            }
        }

        return null;
    }

    private Series Add(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = new List<KeyValuePair<string, string>>(tags.Length);
        foreach (var tag in tags)
        {
            labels.Add(new(tag.Key, LabelValue(tag.Value)));
        }

        labels.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var key = string.Join('\u0001', labels.Select(l => l.Key + "\u0002" + l.Value));
        var series = _series.GetOrAdd(key, _ => new Series(labels, _histogram ? PrometheusMetricsExporter.BucketBounds.Count : 0));
        if (!_cumulativeObservations && series.HasDistinctNames)
        {
            lock (_knownLock)
            {
                var known = _known;
                if (known.Length < MaxKnownSeries && Array.IndexOf(known, series) < 0)
                {
                    Volatile.Write(ref _known, [.. known, series]);
                }
            }
        }

        return series;
    }

    private static string LabelValue(object? value) =>
        value as string ?? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

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

    private sealed class Series
    {
        public Series(IReadOnlyList<KeyValuePair<string, string>> labels, int buckets)
        {
            Labels = labels;
            Buckets = new long[buckets];
            var names = new HashSet<string>(StringComparer.Ordinal);
            HasDistinctNames = labels.All(label => names.Add(label.Key));
        }

        public IReadOnlyList<KeyValuePair<string, string>> Labels { get; }

        public long[] Buckets { get; }

        public long Count { get; set; }

        public double Sum { get; set; }

        /// <summary>Whether no label name repeats (only then does <see cref="Matches"/> decide equality).</summary>
        public bool HasDistinctNames { get; }

        /// <summary>Whether <paramref name="tags"/> (in any order) are exactly this series' labels.</summary>
        public bool Matches(ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            if (tags.Length != Labels.Count)
            {
                return false;
            }

            // Labels have distinct names, so the same count with every tag found (and no tag name twice) means the same set.
            for (var i = 0; i < tags.Length; i++)
            {
                if (!HasLabel(tags[i].Key, tags[i].Value))
                {
                    return false;
                }

                for (var j = 0; j < i; j++)
                {
                    if (string.Equals(tags[j].Key, tags[i].Key, StringComparison.Ordinal))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private bool HasLabel(string name, object? value)
        {
            for (var i = 0; i < Labels.Count; i++)
            {
                var label = Labels[i];
                if (string.Equals(label.Key, name, StringComparison.Ordinal))
                {
                    return string.Equals(label.Value, LabelValue(value), StringComparison.Ordinal);
                }
            }

            return false;
        }
    }
}
