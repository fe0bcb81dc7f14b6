using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.MassSend.Scheduling;

/// <summary>
/// The governor's rule (no clock, no I/O): from the current <see cref="GovernorState"/> and one interval's
/// interactive latency, the next state (and from the latency before a job, its <see cref="Start"/>). Above the target
/// it slows down one step per doubling of the target, up to <see cref="MassSendGovernorOptions.MaxStepsDown"/> (fewer workers, halving to
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
    /// <summary>
    /// The state a job starts in, from the interactive latency measured before it (since the previous job or the
    /// silo's start): with at least <see cref="MassSendGovernorOptions.MinSamples"/> requests and
    /// <see cref="MassSendGovernorOptions.CautiousStart"/>, the bottom of the ladder without a pause (the fewest
    /// workers, the smallest batches), climbing from there; else full speed. A send that starts at full speed under
    /// interactive traffic hurts it for the several intervals the governor needs to come down (its first batches are
    /// the largest), which is where the tail during a send came from.
    /// </summary>
    public GovernorState Start(LatencyWindow beforeJob)
    {
        var governor = options.Value.Governor;
        var full = GovernorState.Full(options.Value);
        if (!governor.CautiousStart || beforeJob.Count < governor.MinSamples)
        {
            return full;
        }

        return new GovernorState(Math.Min(governor.MinParallelism, full.Parallelism), Math.Min(governor.MinBatchSize, full.BatchSize), TimeSpan.Zero);
    }

    /// <summary>The state after one interval with <paramref name="window"/>'s latency.</summary>
    public GovernorState Decide(GovernorState current, LatencyWindow window)
    {
        ArgumentNullException.ThrowIfNull(current);
        var governor = options.Value.Governor;
        var judged = window.Count >= governor.MinSamples;
        if (judged && window.Percentile > governor.TargetLatency)
        {
            // One step per doubling above the target (35 ms against 20: one step; 90 ms: three), at most
            // MaxStepsDown: halving one dimension per interval took a dozen intervals from full speed to the floor.
            var steps = Math.Min(governor.MaxStepsDown, 1 + (int)Math.Floor(Math.Log2(window.Percentile / governor.TargetLatency)));
            var slower = current;
            for (var step = 0; step < steps; step++)
            {
                slower = SlowDown(slower);
            }

            return slower;
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
