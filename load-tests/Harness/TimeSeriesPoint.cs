namespace DigitalPost.LoadTests.Harness;

/// <summary>One interval of a scenario's time series (by completion time), for charts and CSV.</summary>
public sealed record TimeSeriesPoint(
    double ElapsedSeconds,
    long Ok,
    long Failed,
    double RequestsPerSecond,
    double P50Ms,
    double P75Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs);
