using System.Collections.Concurrent;
using DigitalPost.LoadTests.Harness;
using DigitalPost.LoadTests.Tests.Fakes;

namespace DigitalPost.LoadTests.Tests.Harness;

public sealed class LoadRunnerTests
{
    private static readonly LoadRunnerOptions VirtualTime = new() { SampleInterval = TimeSpan.Zero };

    [Fact]
    public async Task Inject_starts_the_rate_in_every_interval_on_schedule()
    {
        var clock = new FakeLoadClock();
        var starts = new ConcurrentBag<TimeSpan>();
        var scenario = Scenario.Create("inject", context =>
        {
            starts.Add(context.IntendedStart);
            return Task.FromResult(Response.Ok());
        }).WithLoadSimulations(LoadSimulation.Inject(25, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(4)));

        var report = await new LoadRunner(VirtualTime, clock).RunAsync([scenario], "test", CancellationToken.None);

        var perInterval = starts.GroupBy(start => (int)(start.TotalMilliseconds / 500)).OrderBy(group => group.Key).Select(group => group.Count());
        Assert.Equal(Enumerable.Repeat(25, 8), perInterval);
        Assert.Equal(200, report.Scenarios[0].Stats.Ok);
        Assert.Equal(4, report.Scenarios[0].Duration.TotalSeconds);
    }

    [Fact]
    public async Task Injected_iterations_start_on_time_while_earlier_ones_are_still_running()
    {
        var clock = new FakeLoadClock();
        var release = new TaskCompletionSource<Response>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = 0;
        var scenario = Scenario.Create("open", _ =>
        {
            if (Interlocked.Increment(ref started) == 10)
            {
                release.SetResult(Response.Ok());
            }

            return release.Task;
        }).WithLoadSimulations(LoadSimulation.Inject(10, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)));

        // A runner that waited for responses would never start the tenth: fail instead of hanging.
        var report = await new LoadRunner(VirtualTime, clock).RunAsync([scenario], "test", CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));

        // No iteration completes before all ten have started: the open model does not wait for responses.
        Assert.Equal(10, report.Scenarios[0].Stats.Ok);
    }

    [Fact]
    public async Task Latency_of_an_injected_iteration_counts_from_its_intended_start()
    {
        var clock = new FakeLoadClock();
        var intended = TimeSpan.Zero;
        var completed = TimeSpan.Zero;
        var scenario = Scenario.Create("late", context =>
        {
            // The target stalls for 2 s; on virtual time nothing else moves the clock after this.
            clock.Advance(TimeSpan.FromSeconds(2));
            (intended, completed) = (context.IntendedStart, clock.Elapsed);
            return Task.FromResult(Response.Ok());
        }).WithLoadSimulations(LoadSimulation.Inject(1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)));

        var report = await new LoadRunner(VirtualTime, clock).RunAsync([scenario], "test", CancellationToken.None);

        Assert.Equal(TimeSpan.Zero, intended);
        Assert.True(completed >= TimeSpan.FromSeconds(2));
        Assert.Equal((completed - intended).TotalMilliseconds, report.Scenarios[0].Stats.MaxMs, 6);
    }

    [Fact]
    public async Task Keep_constant_runs_exactly_its_copies_at_once()
    {
        const int copies = 6;
        var clock = new FakeLoadClock();
        var allIn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inFlight = 0;
        var mostInFlight = 0;
        var copyNumbers = new ConcurrentBag<int>();
        var scenario = Scenario.Create("closed", async context =>
        {
            copyNumbers.Add(context.CopyNumber);
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref mostInFlight, now);
            if (now == copies)
            {
                allIn.SetResult();
            }

            await allIn.Task;
            Interlocked.Decrement(ref inFlight);

            // Past the phase end: each copy stops after this iteration.
            clock.Advance(TimeSpan.FromMinutes(1));
            return Response.Ok();
        }).WithLoadSimulations(LoadSimulation.KeepConstant(copies, TimeSpan.FromSeconds(10)));

        // Fewer copies would never open the gate: fail instead of hanging.
        var report = await new LoadRunner(VirtualTime, clock).RunAsync([scenario], "test", CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(copies, mostInFlight);
        Assert.Equal(Enumerable.Range(0, copies), copyNumbers.Order());
        Assert.Equal(copies, report.Scenarios[0].Stats.Ok);
    }

    [Fact]
    public async Task Keep_constant_copies_run_iterations_back_to_back_until_the_phase_ends()
    {
        var clock = new FakeLoadClock();
        var perCopy = new ConcurrentDictionary<int, int>();
        var scenario = Scenario.Create("closed", context =>
        {
            perCopy.AddOrUpdate(context.CopyNumber, 1, (_, count) => count + 1);
            return Task.FromResult(Response.Ok());
        }).WithLoadSimulations(LoadSimulation.KeepConstant(3, TimeSpan.FromSeconds(10))).WithMaxIterations(300);

        var report = await new LoadRunner(VirtualTime, clock).RunAsync([scenario], "test", CancellationToken.None);

        Assert.Equal(300, report.Scenarios[0].Stats.Ok);
        Assert.Equal(300, perCopy.Values.Sum());
        Assert.All(perCopy.Keys, copy => Assert.InRange(copy, 0, 2));
    }

    [Fact]
    public async Task The_iteration_bound_stops_the_run_early()
    {
        var clock = new FakeLoadClock();
        var scenario = Scenario.Create("bounded", _ => Task.FromResult(Response.Ok()))
            .WithLoadSimulations(LoadSimulation.Inject(1_000, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10)), LoadSimulation.KeepConstant(5, TimeSpan.FromMinutes(10)))
            .WithMaxIterations(25);

        var report = await new LoadRunner(VirtualTime, clock).RunAsync([scenario], "test", CancellationToken.None);

        Assert.Equal(25, report.Scenarios[0].Stats.Requests);
        Assert.True(report.Scenarios[0].Duration < TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Failures_and_exceptions_are_grouped_by_kind()
    {
        var clock = new FakeLoadClock();
        var scenario = Scenario.Create("errors", context => context.InvocationNumber switch
        {
            var n when n % 5 == 0 => throw new InvalidOperationException("bad state"),
            var n when n % 5 == 1 => Task.FromResult(Response.Fail("http-503", "unavailable", 503)),
            _ => Task.FromResult(Response.Ok(200, 10)),
        }).WithLoadSimulations(LoadSimulation.Inject(100, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)));

        var stats = (await new LoadRunner(VirtualTime, clock).RunAsync([scenario], "test", CancellationToken.None)).Scenarios[0].Stats;

        Assert.Equal((100L, 60L, 40L, 600L), (stats.Requests, stats.Ok, stats.Failed, stats.Bytes));
        Assert.Equal(
            [("InvalidOperationException", 20L, "bad state"), ("http-503", 20L, "unavailable")],
            stats.Errors.Select(error => (error.Kind, error.Count, error.SampleMessage)));
        Assert.Equal(40, stats.ErrorPercent, 9);
    }

    [Fact]
    public async Task Steps_are_measured_separately_from_the_scenario()
    {
        var clock = new FakeLoadClock();
        var scenario = Scenario.Create("steps", async context =>
        {
            await Step.Run("login", context, () =>
            {
                clock.Advance(TimeSpan.FromMilliseconds(100));
                return Task.FromResult(Response.Ok(200, 1));
            });
            return await Step.Run("read", context, () => Task.FromResult(context.InvocationNumber % 2 == 0 ? Response.Ok(200, 5) : Response.Fail("not-found")));
        }).WithLoadSimulations(LoadSimulation.KeepConstant(1, TimeSpan.FromSeconds(1))).WithMaxIterations(4);

        var report = (await new LoadRunner(VirtualTime, clock).RunAsync([scenario], "test", CancellationToken.None)).Scenarios[0];

        Assert.Equal(["login", "read"], report.Steps.Select(step => step.Name));
        Assert.Equal((4L, 0L, 4L), (report.Steps[0].Stats.Ok, report.Steps[0].Stats.Failed, report.Steps[0].Stats.Bytes));
        Assert.Equal(100, report.Steps[0].Stats.P99Ms, 0);
        Assert.Equal((2L, 2L), (report.Steps[1].Stats.Ok, report.Steps[1].Stats.Failed));
        Assert.Equal((2L, 2L), (report.Stats.Ok, report.Stats.Failed));
    }

    [Fact]
    public async Task Init_state_reaches_iterations_and_clean_runs_after_them()
    {
        var clock = new FakeLoadClock();
        var cleaned = new List<object?>();
        var seen = new ConcurrentBag<object?>();
        var scenario = Scenario.Create("hooks", context =>
            {
                seen.Add(context.State);
                return Task.FromResult(Response.Ok());
            })
            .WithInit(_ => Task.FromResult<object?>("session"))
            .WithClean((state, _) =>
            {
                cleaned.Add(state);
                return Task.CompletedTask;
            })
            .WithLoadSimulations(LoadSimulation.Inject(3, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)));

        await new LoadRunner(VirtualTime, clock).RunAsync([scenario], "test", CancellationToken.None);

        Assert.Equal(["session", "session", "session"], seen);
        Assert.Equal(["session"], cleaned);
    }

    [Fact]
    public async Task Cancellation_stops_the_run_and_reports_what_was_measured()
    {
        var clock = new FakeLoadClock();
        using var stop = new CancellationTokenSource();
        var scenario = Scenario.Create("cancelled", context =>
        {
            if (context.InvocationNumber == 9)
            {
                stop.Cancel();
            }

            return Task.FromResult(Response.Ok());
        }).WithLoadSimulations(LoadSimulation.KeepConstant(1, TimeSpan.FromHours(1)));

        var report = await new LoadRunner(VirtualTime, clock).RunAsync([scenario], "test", stop.Token);

        Assert.Equal(10, report.Scenarios[0].Stats.Ok);
    }

    [Fact]
    public async Task Thresholds_decide_the_exit_code()
    {
        var clock = new FakeLoadClock();
        Scenario Run(string name, params Threshold[] thresholds) => Scenario.Create(name, context => Task.FromResult(context.InvocationNumber < 2 ? Response.Fail("x") : Response.Ok()))
            .WithLoadSimulations(LoadSimulation.Inject(100, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)))
            .WithThresholds(thresholds);

        var passing = await new LoadRunner(VirtualTime, clock).RunAsync([Run("ok", Threshold.ErrorRateBelow(5), Threshold.RpsAtLeast(50), Threshold.P99LessThan(60_000))], "test", CancellationToken.None);
        var failing = await new LoadRunner(VirtualTime, clock).RunAsync([Run("bad", Threshold.ErrorRateBelow(1), Threshold.RpsAtLeast(50))], "test", CancellationToken.None);

        Assert.Equal(ExitCodes.Success, passing.ExitCode);
        Assert.All(passing.Scenarios[0].Thresholds, result => Assert.True(result.Passed));
        Assert.Equal(ExitCodes.ThresholdFailed, failing.ExitCode);
        Assert.Equal([("error rate < 1 %", false, 2d), ("requests/s ≥ 50", true, 100d)], failing.Scenarios[0].Thresholds.Select(result => (result.Description, result.Passed, result.Actual)));
    }

    [Fact]
    public async Task Scenarios_of_one_run_execute_side_by_side()
    {
        var clock = new FakeLoadClock();
        Scenario Counting(string name, int rate) => Scenario.Create(name, _ => Task.FromResult(Response.Ok()))
            .WithLoadSimulations(LoadSimulation.Inject(rate, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)));

        var report = await new LoadRunner(VirtualTime, clock).RunAsync([Counting("a", 5), Counting("b", 7)], "test", CancellationToken.None);

        Assert.Equal([("a", 10L), ("b", 14L)], report.Scenarios.Select(scenario => (scenario.Name, scenario.Stats.Ok)));
    }

    [Fact]
    public void Duplicate_scenario_names_and_empty_phases_are_refused_before_the_run_starts()
    {
        var scenario = Scenario.Create("same", _ => Task.FromResult(Response.Ok())).WithLoadSimulations(LoadSimulation.Pause(TimeSpan.FromSeconds(1)));
        var runner = new LoadRunner(VirtualTime, new FakeLoadClock());

        Assert.Throws<ArgumentException>(() => runner.Start([scenario, scenario], "test", CancellationToken.None));
        Assert.Throws<ArgumentException>(() => runner.Start([scenario.WithLoadSimulations(LoadSimulation.Inject(1, TimeSpan.FromSeconds(1), TimeSpan.Zero))], "test", CancellationToken.None));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
