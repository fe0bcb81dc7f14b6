namespace DigitalPost.LoadTests.Harness;

/// <summary>What a scenario iteration knows about itself; passed to the step function and to <see cref="Step.Run"/>.</summary>
public sealed class ScenarioContext
{
    private readonly ScenarioRun _run;

    internal ScenarioContext(ScenarioRun run, long invocationNumber, int copyNumber, TimeSpan intendedStart, CancellationToken cancellationToken)
    {
        _run = run;
        InvocationNumber = invocationNumber;
        CopyNumber = copyNumber;
        IntendedStart = intendedStart;
        CancellationToken = cancellationToken;
    }

    /// <summary>The scenario's name.</summary>
    public string ScenarioName => _run.Scenario.Name;

    /// <summary>A number unique within the scenario run, counting from 0 in start order.</summary>
    public long InvocationNumber { get; }

    /// <summary>For the closed model, the copy (virtual user) running this iteration; -1 for injected iterations.</summary>
    public int CopyNumber { get; }

    /// <summary>When the iteration was meant to start (run clock); latency is measured from here.</summary>
    public TimeSpan IntendedStart { get; }

    /// <summary>Cancelled when the run is stopped or the drain timeout after the last phase ends.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Per-scenario state set up by the scenario's init hook (e.g. an <see cref="ITargetSession"/>).</summary>
    public object? State => _run.State;

    /// <summary>The run clock now; compare with <see cref="IntendedStart"/> for the iteration's latency so far.</summary>
    public TimeSpan Now => _run.Clock.Elapsed;

    internal ScenarioRun Run => _run;

    /// <summary>Reports a figure of the scenario beyond request statistics (the last value of a name wins); it appears in every report and <see cref="Threshold.MetricAtLeast"/> can check it.</summary>
    public void ReportMetric(string name, double value, string unit) => _run.ReportMetric(new ScenarioMetric(name, value, unit));
}
