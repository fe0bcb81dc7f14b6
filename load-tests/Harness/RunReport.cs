namespace DigitalPost.LoadTests.Harness;

/// <summary>Everything a run measured; what the report writers turn into files.</summary>
public sealed record RunReport(DateTimeOffset StartedAt, TimeSpan Duration, string Target, IReadOnlyList<ScenarioReport> Scenarios)
{
    /// <summary>Whether every threshold of every scenario held.</summary>
    public bool Passed => Scenarios.All(scenario => scenario.Passed);

    /// <summary>The process exit code: 0 when every threshold held, <see cref="ExitCodes.ThresholdFailed"/> otherwise.</summary>
    public int ExitCode => Passed ? ExitCodes.Success : ExitCodes.ThresholdFailed;
}
