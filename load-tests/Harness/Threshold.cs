using System.Globalization;

namespace DigitalPost.LoadTests.Harness;

/// <summary>A pass/fail check of a scenario's statistics after the run; a failed one makes the exit code non-zero.</summary>
/// <param name="Description">What is required, as the report prints it (e.g. <c>p99 &lt; 50 ms</c>).</param>
/// <param name="Measure">Reads the figure checked from the statistics.</param>
/// <param name="Passes">Whether the figure passes.</param>
/// <param name="Unit">Unit of the figure, for the report.</param>
public sealed record Threshold(string Description, Func<StatsSummary, double> Measure, Func<double, bool> Passes, string Unit)
{
    /// <summary>The 99th percentile latency must be below <paramref name="milliseconds"/>.</summary>
    public static Threshold P99LessThan(double milliseconds) =>
        new($"p99 < {Format(milliseconds)} ms", stats => stats.P99Ms, value => value < milliseconds, "ms");

    /// <summary>The 95th percentile latency must be below <paramref name="milliseconds"/>.</summary>
    public static Threshold P95LessThan(double milliseconds) =>
        new($"p95 < {Format(milliseconds)} ms", stats => stats.P95Ms, value => value < milliseconds, "ms");

    /// <summary>Failed requests must be below <paramref name="percent"/> % of all.</summary>
    public static Threshold ErrorRateBelow(double percent) =>
        new($"error rate < {Format(percent)} %", stats => stats.ErrorPercent, value => value < percent, "%");

    /// <summary>Throughput over the whole run must be at least <paramref name="requestsPerSecond"/>.</summary>
    public static Threshold RpsAtLeast(double requestsPerSecond) =>
        new($"requests/s ≥ {Format(requestsPerSecond)}", stats => stats.RequestsPerSecond, value => value >= requestsPerSecond, "req/s");

    /// <summary>Checks the threshold against <paramref name="stats"/>.</summary>
    public ThresholdResult Check(StatsSummary stats)
    {
        var actual = Measure(stats);
        return new ThresholdResult(Description, Passes(actual), actual, Unit);
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
