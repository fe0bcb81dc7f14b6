namespace DigitalPost.LoadTests.Harness;

/// <summary>
/// A figure a scenario reports about itself beyond request statistics (e.g. mass-send's deliveries/s, the inbox
/// p99 during a mass send). Reported with <see cref="ScenarioContext.ReportMetric"/>; the last value of a name wins.
/// </summary>
/// <param name="Name">A short, stable name (<c>deliveries/s</c>).</param>
/// <param name="Value">The figure.</param>
/// <param name="Unit">Its unit, for the report.</param>
public sealed record ScenarioMetric(string Name, double Value, string Unit);
