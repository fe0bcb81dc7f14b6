namespace DigitalPost.LoadTests.Harness;

/// <summary>The totals of one named step of a scenario.</summary>
public sealed record StepReport(string Name, StatsSummary Stats);
