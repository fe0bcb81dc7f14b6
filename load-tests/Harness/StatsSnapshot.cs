namespace DigitalPost.LoadTests.Harness;

/// <summary>Merged totals of a recorder at one moment: a cumulative histogram and counts.</summary>
public sealed record StatsSnapshot(LatencyHistogram Latency, long Ok, long Failed, long Bytes, IReadOnlyList<ErrorCount> Errors)
{
    /// <summary>All responses recorded.</summary>
    public long Requests => Ok + Failed;
}
