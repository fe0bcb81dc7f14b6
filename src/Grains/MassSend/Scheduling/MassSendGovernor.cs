using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.MassSend.Scheduling;

/// <summary>
/// The governor's rule (no clock, no I/O): from the current <see cref="GovernorState"/> and one interval's
/// interactive latency, the next state. Above the target it slows down one step (fewer workers, halving to
/// <see cref="MassSendGovernorOptions.MinParallelism"/>; then smaller batches, halving to
/// <see cref="MassSendGovernorOptions.MinBatchSize"/>; then a pause after each batch, doubling from
/// <see cref="MassSendGovernorOptions.PauseStep"/> to <see cref="MassSendGovernorOptions.MaxPause"/>); below
/// <see cref="MassSendGovernorOptions.RecoverBelow"/> × the target, or with fewer than
/// <see cref="MassSendGovernorOptions.MinSamples"/> measurements (too little interactive traffic to be hurt), it speeds
/// up one step in the reverse order (halving the pause, doubling the batch, one more worker); in between it holds.
/// Slowing down halves and speeding up climbs back step by step, so a latency spike is answered within an interval or
/// two and the pipeline does not oscillate at full speed.
/// </summary>
public sealed class MassSendGovernor(IOptions<MassSendOptions> options)
{
    /// <summary>The state after one interval with <paramref name="window"/>'s latency.</summary>
    public GovernorState Decide(GovernorState current, LatencyWindow window)
    {
        ArgumentNullException.ThrowIfNull(current);
        var governor = options.Value.Governor;
        var judged = window.Count >= governor.MinSamples;
        if (judged && window.Percentile > governor.TargetLatency)
        {
            return SlowDown(current);
        }

        if (!judged || window.Percentile < governor.TargetLatency * governor.RecoverBelow)
        {
            return SpeedUp(current);
        }

        return current;
    }

    private GovernorState SlowDown(GovernorState current)
    {
        var governor = options.Value.Governor;
        var full = GovernorState.Full(options.Value);
        var minParallelism = Math.Min(governor.MinParallelism, full.Parallelism);
        var minBatch = Math.Min(governor.MinBatchSize, full.BatchSize);
        if (current.Parallelism > minParallelism)
        {
            return current with { Parallelism = Math.Max(minParallelism, current.Parallelism / 2) };
        }

        if (current.BatchSize > minBatch)
        {
            return current with { BatchSize = Math.Max(minBatch, current.BatchSize / 2) };
        }

        var pause = current.Pause <= TimeSpan.Zero ? governor.PauseStep : current.Pause * 2;
        return current with { Pause = pause > governor.MaxPause ? governor.MaxPause : pause };
    }

    private GovernorState SpeedUp(GovernorState current)
    {
        var governor = options.Value.Governor;
        var full = GovernorState.Full(options.Value);
        if (current.Pause > TimeSpan.Zero)
        {
            var pause = current.Pause / 2;
            return current with { Pause = pause < governor.PauseStep ? TimeSpan.Zero : pause };
        }

        if (current.BatchSize < full.BatchSize)
        {
            return current with { BatchSize = Math.Min(full.BatchSize, current.BatchSize * 2) };
        }

        if (current.Parallelism < full.Parallelism)
        {
            return current with { Parallelism = current.Parallelism + 1 };
        }

        return current;
    }
}
