namespace DigitalPost.Grains.MassSend.Scheduling;

/// <summary>What the governor reads: the interactive latency measured since the last call.</summary>
public interface IInteractiveLatencySource
{
    /// <summary>The measurements since the previous call (or since start), at <paramref name="percentile"/>; starts a new window.</summary>
    LatencyWindow Take(double percentile);
}
