namespace DigitalPost.LoadTests.Harness;

/// <summary>
/// A named workload: an optional init hook (its result becomes <see cref="ScenarioContext.State"/>), the
/// iteration function, an optional clean hook, the load simulations and thresholds, and a bound on the
/// number of iterations. Build with <see cref="Create"/> and the <c>With…</c> methods.
/// </summary>
public sealed record Scenario(string Name, Func<ScenarioContext, Task<Response>> Run)
{
    /// <summary>Runs once before load starts; what it returns is shared by every iteration.</summary>
    public Func<CancellationToken, Task<object?>>? Init { get; init; }

    /// <summary>Runs once after the last iteration, with the init hook's state.</summary>
    public Func<object?, CancellationToken, Task>? Clean { get; init; }

    /// <summary>The phases of load, run one after another.</summary>
    public IReadOnlyList<LoadSimulation> Simulations { get; init; } = [];

    /// <summary>Checked against the scenario's statistics after the run.</summary>
    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];

    /// <summary>Stop starting iterations after this many (null: no bound besides time).</summary>
    public long? MaxIterations { get; init; }

    /// <summary>A scenario running <paramref name="run"/> for each iteration.</summary>
    public static Scenario Create(string name, Func<ScenarioContext, Task<Response>> run)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(run);
        return new Scenario(name, run);
    }

    /// <summary>Sets the init hook.</summary>
    public Scenario WithInit(Func<CancellationToken, Task<object?>> init) => this with { Init = init };

    /// <summary>Sets the clean hook.</summary>
    public Scenario WithClean(Func<object?, CancellationToken, Task> clean) => this with { Clean = clean };

    /// <summary>Sets the load simulations.</summary>
    public Scenario WithLoadSimulations(params LoadSimulation[] simulations) => this with { Simulations = simulations };

    /// <summary>Sets the thresholds.</summary>
    public Scenario WithThresholds(params Threshold[] thresholds) => this with { Thresholds = thresholds };

    /// <summary>Bounds the number of iterations started.</summary>
    public Scenario WithMaxIterations(long? maxIterations) => this with { MaxIterations = maxIterations };
}
