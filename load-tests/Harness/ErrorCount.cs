namespace DigitalPost.LoadTests.Harness;

/// <summary>Failures of one kind: how many, and the message of the first one as a sample.</summary>
public sealed record ErrorCount(string Kind, long Count, string? SampleMessage);
