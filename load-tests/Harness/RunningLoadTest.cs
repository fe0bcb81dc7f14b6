namespace DigitalPost.LoadTests.Harness;

/// <summary>A run in progress: live views of its scenarios and the report it completes with.</summary>
public sealed record RunningLoadTest(IReadOnlyList<IScenarioProgress> Scenarios, Task<RunReport> Completion);
