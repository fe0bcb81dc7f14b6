namespace DigitalPost.LoadTests.Harness;

/// <summary>The results of one scenario: totals, per-step totals, time series and thresholds.</summary>
public sealed record ScenarioReport(
    string Name,
    TimeSpan Duration,
    StatsSummary Stats,
    IReadOnlyList<StepReport> Steps,
    IReadOnlyList<TimeSeriesPoint> TimeSeries,
    IReadOnlyList<ThresholdResult> Thresholds)
{
    /// <summary>Figures the scenario reported about itself (<see cref="ScenarioContext.ReportMetric"/>).</summary>
    public IReadOnlyList<ScenarioMetric> Metrics { get; init; } = [];

    /// <summary>Whether every threshold held.</summary>
    public bool Passed => Thresholds.All(threshold => threshold.Passed);
}
