using DigitalPost.LoadTests.Harness;
using DigitalPost.LoadTests.Tests.Fakes;

namespace DigitalPost.LoadTests.Tests.Harness;

public sealed class ScenarioRunTests
{
    [Fact]
    public void Time_series_points_hold_the_requests_and_latencies_of_their_interval()
    {
        var run = NewRun();
        Record(run, count: 100, latencyMs: 2);
        run.Sample(TimeSpan.FromSeconds(1));
        Record(run, count: 50, latencyMs: 40);
        Record(run, count: 50, latencyMs: 0, ok: false);
        run.Sample(TimeSpan.FromSeconds(2));

        Assert.Equal(
            [(1d, 100L, 0L, 100d, 2d, 2d), (2, 50, 50, 100, 40, 40)],
            run.TimeSeries.Select(point => (point.ElapsedSeconds, point.Ok, point.Failed, point.RequestsPerSecond, Math.Round(point.P99Ms), Math.Round(point.MaxMs))));
    }

    [Fact]
    public void A_short_final_interval_is_folded_into_the_previous_point()
    {
        var run = NewRun();
        Record(run, count: 10, latencyMs: 1);
        run.Sample(TimeSpan.FromSeconds(1));
        Record(run, count: 20, latencyMs: 1);
        run.Sample(TimeSpan.FromSeconds(2));
        Record(run, count: 2, latencyMs: 1);

        run.Sample(TimeSpan.FromSeconds(2.1), mergeBelow: TimeSpan.FromSeconds(0.5));

        Assert.Equal([(1d, 10L), (2.1, 22L)], run.TimeSeries.Select(point => (point.ElapsedSeconds, point.Ok)));
        Assert.Equal(20, run.TimeSeries[1].RequestsPerSecond, 9);
    }

    private static ScenarioRun NewRun()
    {
        var run = new ScenarioRun(Scenario.Create("s", _ => Task.FromResult(Response.Ok())), new FakeLoadClock(), new LoadRunnerOptions());
        run.Start(TimeSpan.Zero);
        return run;
    }

    private static void Record(ScenarioRun run, int count, double latencyMs, bool ok = true)
    {
        for (var i = 0; i < count; i++)
        {
            run.Recorder.Record(ok ? Response.Ok() : Response.Fail("x"), TimeSpan.FromMilliseconds(latencyMs));
        }
    }
}
