namespace DigitalPost.Grains.MassSend.Scheduling;

/// <summary>How fast the governor lets the pipeline run: workers delivering at once, recipients per batch, pause after each batch.</summary>
public sealed record GovernorState(int Parallelism, int BatchSize, TimeSpan Pause)
{
    /// <summary>Full speed: as configured, no pause.</summary>
    public static GovernorState Full(MassSendOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new GovernorState(options.EffectiveParallelism, options.BatchSize, TimeSpan.Zero);
    }
}
