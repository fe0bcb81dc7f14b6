using DigitalPost.LoadTests.Harness;

namespace DigitalPost.LoadTests.Scenarios;

/// <summary>The options every scenario command shares, parsed.</summary>
/// <param name="Target">Base address of the system under test.</param>
/// <param name="Simulations">The load phases built from --rate/--copies, --duration and --ramp-up.</param>
/// <param name="MaxConnections">Connections the HTTP client may open to the target.</param>
/// <param name="RequestTimeout">Per-request timeout.</param>
/// <param name="MaxIterations">Iteration bound, if any.</param>
/// <param name="Thresholds">Thresholds from the --threshold-* options.</param>
public sealed record ScenarioSettings(
    Uri Target,
    IReadOnlyList<LoadSimulation> Simulations,
    int MaxConnections,
    TimeSpan RequestTimeout,
    long? MaxIterations,
    IReadOnlyList<Threshold> Thresholds);
