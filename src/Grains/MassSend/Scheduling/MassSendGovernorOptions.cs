namespace DigitalPost.Grains.MassSend.Scheduling;

/// <summary>
/// The adaptive governor of the delivery workers (section <c>MassSend:Governor</c>; see docs/mass-send.md,
/// "Interactive latency during a send"). Every <see cref="Interval"/> it reads the interactive requests' latency
/// (a percentile of an instrument's measurements in that interval) and slows the pipeline when it is above
/// <see cref="TargetLatency"/>, speeding it up again, step by step, when it is below
/// <see cref="RecoverBelow"/> × the target or when there is too little interactive traffic to judge.
/// </summary>
public sealed class MassSendGovernorOptions
{
    /// <summary>Whether the governor runs; off, the workers run at <see cref="MassSendOptions.EffectiveParallelism"/> with full batches and no pauses.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The meter whose instrument measures interactive requests (the gateway's by default).</summary>
    public string LatencyMeter { get; set; } = "DigitalPost.Gateway";

    /// <summary>The histogram instrument of request durations; its unit (<c>s</c> or <c>ms</c>) is read from the instrument.</summary>
    public string LatencyInstrument { get; set; } = "gateway.request.duration";

    /// <summary>
    /// Comma-separated values of the measurement's <c>operation_type</c> tag that count (subscriptions last as long
    /// as a client stays, so they are no latency); empty: every measurement counts.
    /// </summary>
    public string LatencyOperationTypes { get; set; } = "query,mutation";

    /// <summary>The percentile of an interval's measurements compared with the target (0 &lt; p ≤ 100).</summary>
    public double Percentile { get; set; } = 99;

    /// <summary>
    /// The interactive latency (at <see cref="Percentile"/>) above which the pipeline slows down. 10 ms of the gateway's own
    /// p99 per interval is what keeps the citizens' p99 (client side, whole send) under issue 6's 50 ms: measured on a
    /// quiet machine during 1,000,000 sends, 20 ms gave 42, 61 and 56 ms, 10 ms gave 20 and 24 ms (the send then runs at
    /// ~6,100 instead of 9,000-19,000 recipients/s while citizens are active; alone it runs at full speed).
    /// </summary>
    public TimeSpan TargetLatency { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>The fraction of the target below which the pipeline speeds up again (between the two it holds).</summary>
    public double RecoverBelow { get; set; } = 0.5;

    /// <summary>How often the governor decides.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Fewer measurements than this in an interval: too little interactive traffic to hold the pipeline back.</summary>
    public int MinSamples { get; set; } = 20;

    /// <summary>
    /// Whether a job that starts while interactive requests are being served (at least <see cref="MinSamples"/> measured
    /// since the previous job) starts at <see cref="MinParallelism"/> workers and <see cref="MinBatchSize"/> batches and
    /// climbs, instead of starting at full speed and coming down.
    /// </summary>
    public bool CautiousStart { get; set; } = true;

    /// <summary>The most steps down the ladder one decision takes (one per doubling of the latency above the target).</summary>
    public int MaxStepsDown { get; set; } = 4;

    /// <summary>The fewest workers the governor leaves running (at least 1: a send always progresses).</summary>
    public int MinParallelism { get; set; } = 1;

    /// <summary>The smallest batch the governor shrinks batches to (a smaller batch commits, and flushes its WAL, sooner); at most <see cref="MassSendOptions.BatchSize"/> is used.</summary>
    public int MinBatchSize { get; set; } = 500;

    /// <summary>The first pause between a worker's batches once workers and batch size are at their minimum; doubled per step.</summary>
    public TimeSpan PauseStep { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The longest pause between a worker's batches.</summary>
    public TimeSpan MaxPause { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The operation types that count, parsed from <see cref="LatencyOperationTypes"/>.</summary>
    public IReadOnlySet<string> OperationTypes =>
        LatencyOperationTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>Throws, naming the setting, when a value cannot work.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(LatencyMeter) || string.IsNullOrWhiteSpace(LatencyInstrument))
        {
            throw new InvalidOperationException("MassSend:Governor:LatencyMeter and LatencyInstrument must be set.");
        }

        if (!(Percentile > 0 && Percentile <= 100))
        {
            throw new InvalidOperationException("MassSend:Governor:Percentile must be above 0 and at most 100.");
        }

        if (TargetLatency <= TimeSpan.Zero || Interval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("MassSend:Governor:TargetLatency and Interval must be positive.");
        }

        if (!(RecoverBelow > 0 && RecoverBelow <= 1))
        {
            throw new InvalidOperationException("MassSend:Governor:RecoverBelow must be above 0 and at most 1.");
        }

        if (MinSamples < 1 || MinParallelism < 1)
        {
            throw new InvalidOperationException("MassSend:Governor:MinSamples and MinParallelism must be at least 1.");
        }

        if (MaxStepsDown < 1)
        {
            throw new InvalidOperationException("MassSend:Governor:MaxStepsDown must be at least 1.");
        }

        if (MinBatchSize < 1)
        {
            throw new InvalidOperationException("MassSend:Governor:MinBatchSize must be at least 1.");
        }

        if (PauseStep <= TimeSpan.Zero || MaxPause < PauseStep)
        {
            throw new InvalidOperationException("MassSend:Governor:PauseStep must be positive and MaxPause at least PauseStep.");
        }
    }
}
