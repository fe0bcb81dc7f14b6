namespace DigitalPost.Grains.MassSend.Scheduling;

/// <summary>Interactive latency over one governor interval: how many requests were measured and the configured percentile of them.</summary>
public readonly record struct LatencyWindow(int Count, TimeSpan Percentile)
{
    /// <summary>No requests measured.</summary>
    public static LatencyWindow Empty => new(0, TimeSpan.Zero);
}
