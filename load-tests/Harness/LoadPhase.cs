namespace DigitalPost.LoadTests.Harness;

/// <summary>The model a phase runs under.</summary>
public enum LoadModel
{
    /// <summary>Iterations start on a schedule (inject).</summary>
    Open,

    /// <summary>A number of copies run back to back (keep constant).</summary>
    Closed,

    /// <summary>Nothing starts.</summary>
    Pause,
}

/// <summary>
/// A simulation resolved against its neighbours: where it starts on the run clock and the level
/// (iterations per second for the open model, copies for the closed one) at its start and end.
/// </summary>
public sealed record LoadPhase(LoadModel Model, TimeSpan Start, TimeSpan During, double StartLevel, double EndLevel)
{
    /// <summary>When the phase ends on the run clock.</summary>
    public TimeSpan End => Start + During;

    /// <summary>The level <paramref name="offset"/> into the phase (linear interpolation).</summary>
    public double LevelAt(TimeSpan offset)
    {
        if (During <= TimeSpan.Zero)
        {
            return EndLevel;
        }

        var fraction = Math.Clamp(offset / During, 0, 1);
        return StartLevel + ((EndLevel - StartLevel) * fraction);
    }

    /// <summary>Copies wanted <paramref name="offset"/> into a closed phase (rounded to the nearest whole copy).</summary>
    public int CopiesAt(TimeSpan offset) => (int)Math.Round(LevelAt(offset), MidpointRounding.AwayFromZero);

    /// <summary>The largest number of copies a closed phase ever asks for.</summary>
    public int MaxCopies => (int)Math.Round(Math.Max(StartLevel, EndLevel), MidpointRounding.AwayFromZero);

    /// <summary>
    /// The offset into an open phase at which iteration <paramref name="index"/> (from 0) is due: the time at which
    /// the integral of the rate reaches <paramref name="index"/>. Returns null when that is at or after the end.
    /// </summary>
    public TimeSpan? InjectOffset(long index)
    {
        var seconds = During.TotalSeconds;
        double at;
        var slope = (EndLevel - StartLevel) / seconds;
        if (Math.Abs(slope) < 1e-12)
        {
            if (StartLevel <= 0)
            {
                return null;
            }

            at = index / StartLevel;
        }
        else
        {
            // Solve StartLevel·t + slope·t²/2 = index for the first t ≥ 0.
            var discriminant = (StartLevel * StartLevel) + (2 * slope * index);
            if (discriminant < 0)
            {
                return null;
            }

            at = (-StartLevel + Math.Sqrt(discriminant)) / slope;
        }

        return at < seconds && at >= 0 ? TimeSpan.FromSeconds(at) : null;
    }

    /// <summary>Resolves simulations into consecutive phases starting at 0.</summary>
    public static IReadOnlyList<LoadPhase> Plan(IEnumerable<LoadSimulation> simulations)
    {
        ArgumentNullException.ThrowIfNull(simulations);
        var phases = new List<LoadPhase>();
        var start = TimeSpan.Zero;
        var previousModel = LoadModel.Pause;
        var previousLevel = 0d;
        foreach (var simulation in simulations)
        {
            if (simulation.During <= TimeSpan.Zero)
            {
                throw new ArgumentException($"A load simulation must last longer than zero: {simulation}.", nameof(simulations));
            }

            var phase = simulation switch
            {
                InjectSimulation inject => Open(start, inject.During, PerSecond(inject.Rate, inject.Interval), PerSecond(inject.Rate, inject.Interval)),
                RampingInjectSimulation ramp => Open(start, ramp.During, previousModel == LoadModel.Open ? previousLevel : 0, PerSecond(ramp.Rate, ramp.Interval)),
                KeepConstantSimulation constant => Closed(start, constant.During, constant.Copies, constant.Copies),
                RampingConstantSimulation ramp => Closed(start, ramp.During, previousModel == LoadModel.Closed ? previousLevel : 0, ramp.Copies),
                PauseSimulation pause => new LoadPhase(LoadModel.Pause, start, pause.During, 0, 0),
                _ => throw new ArgumentException($"Unknown load simulation {simulation.GetType().Name}.", nameof(simulations)),
            };
            phases.Add(phase);
            start = phase.End;
            previousModel = phase.Model;
            previousLevel = phase.EndLevel;
        }

        return phases;
    }

    private static LoadPhase Open(TimeSpan start, TimeSpan during, double from, double to) => new(LoadModel.Open, start, during, from, to);

    private static LoadPhase Closed(TimeSpan start, TimeSpan during, double from, double to)
    {
        if (from < 0 || to < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "Copies cannot be negative.");
        }

        return new LoadPhase(LoadModel.Closed, start, during, from, to);
    }

    private static double PerSecond(double rate, TimeSpan interval)
    {
        if (rate < 0 || interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), "An inject rate needs a non-negative rate and a positive interval.");
        }

        return rate / interval.TotalSeconds;
    }
}
