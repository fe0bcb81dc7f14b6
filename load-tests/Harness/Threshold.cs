using System.Globalization;

namespace DigitalPost.LoadTests.Harness;

/// <summary>
/// A pass/fail check of a scenario's results after the run; a failed one makes the exit code non-zero. By default
/// it reads the scenario's totals; <see cref="ForStep"/> points it at one step's totals (live-sync checks the
/// latency of its <c>event</c> step, not of the whole iteration), and <see cref="Metric"/> thresholds read a
/// figure the scenario reported with <see cref="ScenarioContext.ReportMetric"/> (mass-send's deliveries/s).
/// A step that never ran or a metric never reported fails its threshold: nothing measured proves nothing.
/// </summary>
/// <param name="Description">What is required, as the report prints it (e.g. <c>p99 &lt; 50 ms</c>).</param>
/// <param name="Measure">Reads the figure checked from the statistics (unused by metric thresholds).</param>
/// <param name="Passes">Whether the figure passes.</param>
/// <param name="Unit">Unit of the figure, for the report.</param>
public sealed record Threshold(string Description, Func<StatsSummary, double> Measure, Func<double, bool> Passes, string Unit)
{
    /// <summary>The step whose totals are checked; null for the scenario's.</summary>
    public string? Step { get; init; }

    /// <summary>The reported metric checked instead of statistics; null for a statistics threshold.</summary>
    public string? Metric { get; init; }

    /// <summary>The 99th percentile latency must be below <paramref name="milliseconds"/>.</summary>
    public static Threshold P99LessThan(double milliseconds) =>
        new($"p99 < {Format(milliseconds)} ms", stats => stats.P99Ms, value => value < milliseconds, "ms");

    /// <summary>The 99th percentile latency must be at most <paramref name="milliseconds"/>.</summary>
    public static Threshold P99AtMost(double milliseconds) =>
        new($"p99 ≤ {Format(milliseconds)} ms", stats => stats.P99Ms, value => value <= milliseconds, "ms");

    /// <summary>The 95th percentile latency must be below <paramref name="milliseconds"/>.</summary>
    public static Threshold P95LessThan(double milliseconds) =>
        new($"p95 < {Format(milliseconds)} ms", stats => stats.P95Ms, value => value < milliseconds, "ms");

    /// <summary>Failed requests must be below <paramref name="percent"/> % of all.</summary>
    public static Threshold ErrorRateBelow(double percent) =>
        new($"error rate < {Format(percent)} %", stats => stats.ErrorPercent, value => value < percent, "%");

    /// <summary>No request may fail.</summary>
    public static Threshold NoErrors() =>
        new("no errors", stats => stats.Failed, value => value == 0, "failed");

    /// <summary>Throughput over the whole run must be at least <paramref name="requestsPerSecond"/>.</summary>
    public static Threshold RpsAtLeast(double requestsPerSecond) =>
        new($"requests/s ≥ {Format(requestsPerSecond)}", stats => stats.RequestsPerSecond, value => value >= requestsPerSecond, "req/s");

    /// <summary>At least <paramref name="count"/> requests must have completed successfully.</summary>
    public static Threshold OkAtLeast(long count) =>
        new($"ok ≥ {count.ToString(CultureInfo.InvariantCulture)}", stats => stats.Ok, value => value >= count, "ok");

    /// <summary>The reported metric <paramref name="name"/> must be at least <paramref name="minimum"/>.</summary>
    public static Threshold MetricAtLeast(string name, double minimum, string unit) =>
        new($"{name} ≥ {Format(minimum)} {unit}", _ => double.NaN, value => value >= minimum, unit) { Metric = name };

    /// <summary>The reported metric <paramref name="name"/> must be at most <paramref name="maximum"/>.</summary>
    public static Threshold MetricAtMost(string name, double maximum, string unit) =>
        new($"{name} ≤ {Format(maximum)} {unit}", _ => double.NaN, value => value <= maximum, unit) { Metric = name };

    /// <summary>This threshold checked against the totals of the step <paramref name="step"/> instead of the scenario's.</summary>
    public Threshold ForStep(string step)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(step);
        return this with { Step = step, Description = $"step {step}: {Description}" };
    }

    /// <summary>Checks the threshold against <paramref name="stats"/>.</summary>
    public ThresholdResult Check(StatsSummary stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var actual = Measure(stats);
        return new ThresholdResult(Description, Passes(actual), actual, Unit);
    }

    /// <summary>
    /// Checks the threshold against what it points at: the scenario totals, a step's totals or a metric. A missing
    /// step or metric fails with <see cref="double.NaN"/> as the figure.
    /// </summary>
    public ThresholdResult Check(StatsSummary scenario, IReadOnlyList<StepReport> steps, IReadOnlyList<ScenarioMetric> metrics)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(metrics);
        if (Metric is { } name)
        {
            var metric = metrics.FirstOrDefault(candidate => candidate.Name == name);
            return metric is null
                ? new ThresholdResult(Description, false, double.NaN, Unit)
                : new ThresholdResult(Description, Passes(metric.Value), metric.Value, Unit);
        }

        if (Step is { } stepName)
        {
            var step = steps.FirstOrDefault(candidate => candidate.Name == stepName);
            return step is null || step.Stats.Requests == 0
                ? new ThresholdResult(Description, false, double.NaN, Unit)
                : Check(step.Stats);
        }

        return Check(scenario);
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
