namespace DigitalPost.LoadTests.Harness;

/// <summary>The outcome of one threshold: what was required, whether it held and the figure measured.</summary>
public sealed record ThresholdResult(string Description, bool Passed, double Actual, string Unit);
