using DigitalPost.LoadTests.Harness;

namespace DigitalPost.LoadTests.Tests.Harness;

public sealed class LoadPhaseTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public void Phases_follow_each_other_and_ramps_start_from_the_previous_level_of_the_same_model()
    {
        var phases = LoadPhase.Plan(
        [
            LoadSimulation.RampingInject(10, Second, TimeSpan.FromSeconds(5)),
            LoadSimulation.Inject(600, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(10)),
            LoadSimulation.RampingInject(2, Second, TimeSpan.FromSeconds(4)),
            LoadSimulation.Pause(TimeSpan.FromSeconds(3)),
            LoadSimulation.RampingConstant(8, TimeSpan.FromSeconds(4)),
            LoadSimulation.KeepConstant(8, TimeSpan.FromSeconds(2)),
            LoadSimulation.RampingConstant(2, TimeSpan.FromSeconds(6)),
        ]);

        Assert.Equal(
            [
                (LoadModel.Open, 0d, 5d, 0d, 10d),
                (LoadModel.Open, 5, 15, 10, 10),
                (LoadModel.Open, 15, 19, 10, 2),
                (LoadModel.Pause, 19, 22, 0, 0),
                (LoadModel.Closed, 22, 26, 0, 8),
                (LoadModel.Closed, 26, 28, 8, 8),
                (LoadModel.Closed, 28, 34, 8, 2),
            ],
            phases.Select(phase => (phase.Model, phase.Start.TotalSeconds, phase.End.TotalSeconds, phase.StartLevel, phase.EndLevel)));
    }

    [Fact]
    public void Ramping_inject_rate_is_linear_between_the_levels()
    {
        var phase = LoadPhase.Plan([LoadSimulation.Inject(20, Second, Second), LoadSimulation.RampingInject(100, Second, TimeSpan.FromSeconds(8))])[1];

        Assert.Equal(20, phase.LevelAt(TimeSpan.Zero));
        Assert.Equal(60, phase.LevelAt(TimeSpan.FromSeconds(4)));
        Assert.Equal(90, phase.LevelAt(TimeSpan.FromSeconds(7)));
        Assert.Equal(100, phase.LevelAt(TimeSpan.FromSeconds(8)));
    }

    [Fact]
    public void Ramping_constant_asks_for_a_linearly_growing_number_of_copies()
    {
        var phase = LoadPhase.Plan([LoadSimulation.RampingConstant(10, TimeSpan.FromSeconds(10))])[0];

        Assert.Equal(
            [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
            Enumerable.Range(0, 11).Select(second => phase.CopiesAt(TimeSpan.FromSeconds(second))));
        Assert.Equal(10, phase.MaxCopies);
    }

    [Fact]
    public void Inject_spreads_the_rate_evenly_over_each_interval()
    {
        var phase = LoadPhase.Plan([LoadSimulation.Inject(4, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1))])[0];

        var offsets = Offsets(phase);

        Assert.Equal(20, offsets.Count);
        Assert.All(offsets.Select((offset, index) => (offset, index)), pair => Assert.Equal(pair.index * 0.05, pair.offset.TotalSeconds, 9));
    }

    [Fact]
    public void Ramping_inject_starts_as_many_iterations_as_the_integral_of_its_rate()
    {
        // From 0 to 10/s over 10 s: by time t, t²/2 iterations are due.
        var phase = LoadPhase.Plan([LoadSimulation.RampingInject(10, Second, TimeSpan.FromSeconds(10))])[0];

        var perSecond = Offsets(phase).GroupBy(offset => (int)offset.TotalSeconds).ToDictionary(group => group.Key, group => group.Count());

        static int DueBy(int second) => (int)Math.Ceiling(second * second / 2.0);
        Assert.Equal(
            Enumerable.Range(0, 10).Select(second => DueBy(second + 1) - DueBy(second)),
            Enumerable.Range(0, 10).Select(second => perSecond.GetValueOrDefault(second)));
        Assert.Equal(50, perSecond.Values.Sum());
    }

    [Fact]
    public void A_simulation_without_duration_is_refused()
    {
        Assert.Throws<ArgumentException>(() => LoadPhase.Plan([LoadSimulation.KeepConstant(1, TimeSpan.Zero)]));
    }

    private static List<TimeSpan> Offsets(LoadPhase phase)
    {
        var offsets = new List<TimeSpan>();
        for (long index = 0; phase.InjectOffset(index) is { } offset; index++)
        {
            offsets.Add(offset);
        }

        return offsets;
    }
}
