namespace DigitalPost.Runtime;

/// <summary>Options of a grain timer.</summary>
public sealed record GrainTimerCreationOptions
{
    /// <summary>Delay before the first tick.</summary>
    public required TimeSpan DueTime { get; init; }

    /// <summary>
    /// Interval between the end of one tick and the start of the next
    /// (<see cref="Timeout.InfiniteTimeSpan"/> for a single tick).
    /// </summary>
    public required TimeSpan Period { get; init; }

    /// <summary>When true, ticks interleave with running calls instead of waiting their turn.</summary>
    public bool Interleave { get; init; }

    /// <summary>When true, a tick counts as activity and postpones idle deactivation.</summary>
    public bool KeepAlive { get; init; }
}
