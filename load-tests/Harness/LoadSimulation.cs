namespace DigitalPost.LoadTests.Harness;

/// <summary>
/// One phase of load, in NBomber's vocabulary. Phases run one after another. Inject phases are an open model
/// (iterations start on schedule whatever the responses do); constant phases are a closed model (a number
/// of copies each run iterations back to back). Ramping phases go linearly from the previous phase's level
/// (0 at the start, or after a phase of the other model) to their own.
/// </summary>
public abstract record LoadSimulation(TimeSpan During)
{
    /// <summary>Starts <paramref name="rate"/> iterations per <paramref name="interval"/>, evenly spaced, for <paramref name="during"/>.</summary>
    public static LoadSimulation Inject(double rate, TimeSpan interval, TimeSpan during) => new InjectSimulation(rate, interval, during);

    /// <summary>Injects at a rate going linearly from the previous level to <paramref name="rate"/> per <paramref name="interval"/>.</summary>
    public static LoadSimulation RampingInject(double rate, TimeSpan interval, TimeSpan during) => new RampingInjectSimulation(rate, interval, during);

    /// <summary>Keeps <paramref name="copies"/> copies running iterations back to back for <paramref name="during"/>.</summary>
    public static LoadSimulation KeepConstant(int copies, TimeSpan during) => new KeepConstantSimulation(copies, during);

    /// <summary>Runs a number of copies going linearly from the previous level to <paramref name="copies"/>.</summary>
    public static LoadSimulation RampingConstant(int copies, TimeSpan during) => new RampingConstantSimulation(copies, during);

    /// <summary>Starts nothing for <paramref name="during"/> (iterations already running complete).</summary>
    public static LoadSimulation Pause(TimeSpan during) => new PauseSimulation(during);
}

/// <summary>Open model at a fixed rate.</summary>
public sealed record InjectSimulation(double Rate, TimeSpan Interval, TimeSpan During) : LoadSimulation(During);

/// <summary>Open model at a linearly changing rate.</summary>
public sealed record RampingInjectSimulation(double Rate, TimeSpan Interval, TimeSpan During) : LoadSimulation(During);

/// <summary>Closed model with a fixed number of copies.</summary>
public sealed record KeepConstantSimulation(int Copies, TimeSpan During) : LoadSimulation(During);

/// <summary>Closed model with a linearly changing number of copies.</summary>
public sealed record RampingConstantSimulation(int Copies, TimeSpan During) : LoadSimulation(During);

/// <summary>No new iterations.</summary>
public sealed record PauseSimulation(TimeSpan During) : LoadSimulation(During);
