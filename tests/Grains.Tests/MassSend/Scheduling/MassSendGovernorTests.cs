using DigitalPost.Grains.MassSend.Scheduling;

namespace DigitalPost.Grains.Tests.MassSend.Scheduling;

/// <summary>The governor's rule: slow down above the target, hold in between, speed up below the recovery line or without traffic.</summary>
public sealed class MassSendGovernorTests
{
    private static readonly TimeSpan Ms100 = TimeSpan.FromMilliseconds(100);

    [Fact]
    public void Latency_above_the_target_takes_workers_first_then_batch_size_then_adds_pauses_up_to_the_maximum()
    {
        var options = GovernorTestOptions.Create();
        var governor = new MassSendGovernor(GovernorTestOptions.Wrap(options));
        var state = GovernorState.Full(options);
        var seen = new List<GovernorState>();
        for (var i = 0; i < 8; i++)
        {
            state = governor.Decide(state, GovernorTestOptions.Latency.Slow);
            seen.Add(state);
        }

        Assert.Equal(
            [
                new GovernorState(2, 8_000, TimeSpan.Zero),
                new GovernorState(1, 8_000, TimeSpan.Zero),
                new GovernorState(1, 4_000, TimeSpan.Zero),
                new GovernorState(1, 2_000, TimeSpan.Zero),
                new GovernorState(1, 2_000, Ms100),
                new GovernorState(1, 2_000, Ms100 * 2),
                new GovernorState(1, 2_000, Ms100 * 4),
                new GovernorState(1, 2_000, Ms100 * 4),
            ],
            seen);
    }

    [Theory]
    [InlineData(39, 1)] // below twice the 20 ms target: one step
    [InlineData(40, 2)] // twice: two steps
    [InlineData(90, 3)] // 4.5 times: three
    [InlineData(2_000, 4)] // a hundred times: capped at MaxStepsDown
    public void Latency_far_above_the_target_takes_one_step_per_doubling_in_one_decision(int milliseconds, int steps)
    {
        var options = GovernorTestOptions.Create();
        options.Governor.MaxStepsDown = 4;
        var governor = new MassSendGovernor(GovernorTestOptions.Wrap(options));
        var oneByOne = GovernorState.Full(options);
        for (var i = 0; i < steps; i++)
        {
            oneByOne = governor.Decide(oneByOne, GovernorTestOptions.Latency.Slow);
        }

        var decided = governor.Decide(GovernorState.Full(options), new LatencyWindow(100, TimeSpan.FromMilliseconds(milliseconds)));

        Assert.Equal(oneByOne, decided);
    }

    [Fact]
    public void A_job_started_while_interactive_requests_are_served_starts_at_the_bottom_of_the_ladder_without_a_pause()
    {
        var options = GovernorTestOptions.Create();
        var governor = new MassSendGovernor(GovernorTestOptions.Wrap(options));

        Assert.Equal(new GovernorState(1, 2_000, TimeSpan.Zero), governor.Start(GovernorTestOptions.Latency.Fast));
        Assert.Equal(new GovernorState(1, 2_000, TimeSpan.Zero), governor.Start(GovernorTestOptions.Latency.Slow));
    }

    [Fact]
    public void A_job_started_without_interactive_traffic_or_with_cautious_start_off_starts_at_full_speed()
    {
        var options = GovernorTestOptions.Create();
        var governor = new MassSendGovernor(GovernorTestOptions.Wrap(options));
        Assert.Equal(GovernorState.Full(options), governor.Start(new LatencyWindow(options.Governor.MinSamples - 1, TimeSpan.FromSeconds(1))));
        Assert.Equal(GovernorState.Full(options), governor.Start(LatencyWindow.Empty));

        options.Governor.CautiousStart = false;

        Assert.Equal(GovernorState.Full(options), governor.Start(GovernorTestOptions.Latency.Slow));
    }

    [Fact]
    public void Latency_below_the_recovery_line_removes_pauses_first_then_grows_batches_then_adds_workers_back_to_full()
    {
        var options = GovernorTestOptions.Create();
        var governor = new MassSendGovernor(GovernorTestOptions.Wrap(options));
        var state = new GovernorState(1, 2_000, Ms100 * 4);
        var seen = new List<GovernorState>();
        for (var i = 0; i < 9; i++)
        {
            state = governor.Decide(state, GovernorTestOptions.Latency.Fast);
            seen.Add(state);
        }

        Assert.Equal(
            [
                new GovernorState(1, 2_000, Ms100 * 2),
                new GovernorState(1, 2_000, Ms100),
                new GovernorState(1, 2_000, TimeSpan.Zero),
                new GovernorState(1, 4_000, TimeSpan.Zero),
                new GovernorState(1, 8_000, TimeSpan.Zero),
                new GovernorState(2, 8_000, TimeSpan.Zero),
                new GovernorState(3, 8_000, TimeSpan.Zero),
                new GovernorState(4, 8_000, TimeSpan.Zero),
                new GovernorState(4, 8_000, TimeSpan.Zero),
            ],
            seen);
    }

    [Fact]
    public void Latency_between_the_recovery_line_and_the_target_holds_the_state()
    {
        var options = GovernorTestOptions.Create();
        var governor = new MassSendGovernor(GovernorTestOptions.Wrap(options));
        var state = new GovernorState(2, 4_000, TimeSpan.Zero);

        Assert.Same(state, governor.Decide(state, GovernorTestOptions.Latency.Middling));
        Assert.Same(state, governor.Decide(state, new LatencyWindow(100, TimeSpan.FromMilliseconds(20))));
        Assert.Same(state, governor.Decide(state, new LatencyWindow(100, TimeSpan.FromMilliseconds(10))));
    }

    [Fact]
    public void Too_few_measurements_count_as_no_interactive_traffic_and_speed_the_pipeline_up_even_when_they_are_slow()
    {
        var options = GovernorTestOptions.Create();
        var governor = new MassSendGovernor(GovernorTestOptions.Wrap(options));
        var state = new GovernorState(1, 8_000, TimeSpan.Zero);

        Assert.Equal(new GovernorState(2, 8_000, TimeSpan.Zero), governor.Decide(state, new LatencyWindow(9, TimeSpan.FromSeconds(3))));
        Assert.Equal(new GovernorState(2, 8_000, TimeSpan.Zero), governor.Decide(state, LatencyWindow.Empty));
        Assert.Equal(new GovernorState(1, 4_000, TimeSpan.Zero), governor.Decide(state, new LatencyWindow(10, TimeSpan.FromMilliseconds(35))));
    }

    [Fact]
    public void Minimums_above_the_configured_size_are_capped_at_it()
    {
        var options = GovernorTestOptions.Create();
        options.Parallelism = 1;
        options.BatchSize = 200;
        options.Governor.MinParallelism = 3;
        var governor = new MassSendGovernor(GovernorTestOptions.Wrap(options));

        var state = governor.Decide(GovernorState.Full(options), GovernorTestOptions.Latency.Slow);

        Assert.Equal(new GovernorState(1, 200, Ms100), state);
    }
}
