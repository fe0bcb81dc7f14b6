namespace DigitalPost.LoadTests.Harness;

/// <summary>What a report shows for a scenario or step: counts, throughput and latency percentiles in milliseconds.</summary>
public sealed record StatsSummary(
    long Requests,
    long Ok,
    long Failed,
    long Bytes,
    double RequestsPerSecond,
    double MeanMs,
    double P50Ms,
    double P75Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs,
    IReadOnlyList<ErrorCount> Errors)
{
    /// <summary>Failed requests as a percentage of all (0 when none ran).</summary>
    public double ErrorPercent => Requests == 0 ? 0 : 100.0 * Failed / Requests;

    /// <summary>Summarises <paramref name="snapshot"/> over <paramref name="duration"/>.</summary>
    public static StatsSummary From(StatsSnapshot snapshot, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var latency = snapshot.Latency;
        var seconds = duration.TotalSeconds;
        return new StatsSummary(
            snapshot.Requests,
            snapshot.Ok,
            snapshot.Failed,
            snapshot.Bytes,
            seconds > 0 ? snapshot.Requests / seconds : 0,
            latency.Mean / TimeSpan.TicksPerMillisecond,
            Ms(latency.ValueAtPercentile(50)),
            Ms(latency.ValueAtPercentile(75)),
            Ms(latency.ValueAtPercentile(95)),
            Ms(latency.ValueAtPercentile(99)),
            Ms(latency.Max),
            snapshot.Errors);
    }

    private static double Ms(long ticks) => (double)ticks / TimeSpan.TicksPerMillisecond;
}
