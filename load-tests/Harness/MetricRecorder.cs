using System.Collections.Concurrent;

namespace DigitalPost.LoadTests.Harness;

/// <summary>
/// Statistics of one scenario or step. Each recording thread gets its own <see cref="StatsShard"/>, so the hot
/// path is a few uncontended writes; <see cref="Snapshot"/> merges the shards. Error kinds are rarer and live
/// in one concurrent dictionary.
/// </summary>
public sealed class MetricRecorder
{
    private readonly long _highestTrackableTicks;
    private readonly ThreadLocal<StatsShard> _shards;
    private readonly ConcurrentDictionary<string, ErrorTally> _errors = new(StringComparer.Ordinal);

    /// <summary>A recorder whose histograms hold latencies up to <paramref name="highestTrackableLatency"/>.</summary>
    public MetricRecorder(TimeSpan highestTrackableLatency)
    {
        _highestTrackableTicks = Math.Max(1, highestTrackableLatency.Ticks);
        _shards = new ThreadLocal<StatsShard>(() => new StatsShard(_highestTrackableTicks), trackAllValues: true);
    }

    /// <summary>Records one outcome and its latency.</summary>
    public void Record(Response response, TimeSpan latency)
    {
        ArgumentNullException.ThrowIfNull(response);
        _shards.Value!.Record(response, latency);
        if (!response.IsOk)
        {
            var tally = _errors.GetOrAdd(response.ErrorKind ?? "unknown", static (_, message) => new ErrorTally(message), response.Message);
            Interlocked.Increment(ref tally.Count);
        }
    }

    /// <summary>
    /// Merges the shards. Exact once recording has stopped; while it runs, a shard being written may be
    /// caught half-way through one record, which the live view and time series tolerate.
    /// </summary>
    public StatsSnapshot Snapshot()
    {
        var latency = new LatencyHistogram(_highestTrackableTicks);
        long ok = 0, failed = 0, bytes = 0;
        foreach (var shard in _shards.Values)
        {
            latency.Add(shard.Latency);
            ok += Volatile.Read(ref shard.Ok);
            failed += Volatile.Read(ref shard.Failed);
            bytes += Volatile.Read(ref shard.Bytes);
        }

        var errors = _errors
            .Select(pair => new ErrorCount(pair.Key, Volatile.Read(ref pair.Value.Count), pair.Value.SampleMessage))
            .OrderByDescending(error => error.Count)
            .ThenBy(error => error.Kind, StringComparer.Ordinal)
            .ToList();
        return new StatsSnapshot(latency, ok, failed, bytes, errors);
    }

    private sealed class ErrorTally(string? sampleMessage)
    {
        public long Count;

        public string? SampleMessage { get; } = sampleMessage;
    }
}
