namespace DigitalPost.LoadTests.Harness;

/// <summary>Limits of a run; every one can be set from the command line.</summary>
public sealed record LoadRunnerOptions
{
    /// <summary>
    /// Most iterations of an open-model scenario in flight at once. When reached, starts wait (and the wait
    /// counts towards latency, which is measured from the intended start). Default 10,000.
    /// </summary>
    public int MaxInFlight { get; init; } = 10_000;

    /// <summary>How long iterations still running after the last phase may take before they are cancelled. Default 10 s.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Width of a time-series point (and the live refresh). Zero disables the time series. Default 1 s.</summary>
    public TimeSpan SampleInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often idle copies of a ramping closed phase look again whether they are wanted. Default 50 ms.</summary>
    public TimeSpan CopyPollInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Largest latency the histograms hold exactly; longer ones are clamped. Default 10 minutes.</summary>
    public TimeSpan HighestTrackableLatency { get; init; } = TimeSpan.FromMinutes(10);
}
