using DigitalPost.Runtime.Tests.Grains;
using DigitalPost.Runtime.Tests.TestHost;

namespace DigitalPost.Runtime.Tests.Activations;

public sealed class TurnSchedulingTests : RuntimeTestBase
{
    [Fact]
    public async Task No_two_turns_of_one_activation_overlap_under_10000_concurrent_calls()
    {
        var grain = Grains.GetGrain<ITurnGrain>("turns");

        var calls = Enumerable.Range(0, 10_000).Select(_ => Task.Run(() => grain.Enter())).ToArray();
        var results = await Task.WhenAll(calls);

        Assert.Equal(1, await grain.MaxConcurrentTurns());
        Assert.Equal(Enumerable.Range(1, 10_000), results.Order());
    }

    [Fact]
    public async Task A_second_call_waits_while_the_first_turn_awaits()
    {
        var grain = Grains.GetGrain<IBlockingGrain>("exclusive");
        var first = grain.Block("first started", "release first");
        await Probe.WaitAsync("first started");

        var second = grain.Block("second started", "release second");

        Assert.False(Probe.IsSet("second started"));
        Assert.True(Host.Runtime.Activations.TryGet(new GrainId(typeof(BlockingGrain).FullName!, "exclusive"), out var activation));
        Assert.Equal(1, activation.QueueLength);

        Probe.Set("release first");
        await first;
        await Probe.WaitAsync("second started");
        Probe.Set("release second");
        await second;
    }

    [Fact]
    public async Task A_reentrant_grain_interleaves_calls_at_awaits()
    {
        var grain = Grains.GetGrain<IReentrantBlockingGrain>("reentrant");
        var first = grain.Block("r1 started", "release r1");
        await Probe.WaitAsync("r1 started");

        var second = grain.Block("r2 started", "release r2");
        await Probe.WaitAsync("r2 started");

        Assert.False(first.IsCompleted);
        Probe.Set("release r2");
        await second;
        Probe.Set("release r1");
        await first;
    }

    [Fact]
    public async Task An_always_interleave_method_runs_while_another_turn_awaits()
    {
        var grain = Grains.GetGrain<IBlockingGrain>("interleave");
        var blocked = grain.Block("blocker started", "release blocker");
        await Probe.WaitAsync("blocker started");

        await grain.Peek("peeked");

        Assert.True(Probe.IsSet("peeked"));
        Assert.False(blocked.IsCompleted);
        Probe.Set("release blocker");
        await blocked;
    }

    [Fact]
    public async Task An_always_interleave_call_overtakes_calls_waiting_for_a_running_turn()
    {
        var grain = Grains.GetGrain<IBlockingGrain>("overtake");
        var running = grain.Block("running started", "release running");
        await Probe.WaitAsync("running started");
        var waiting = grain.Block("waiting started", "release waiting");

        await grain.Peek("overtaken");

        Assert.False(Probe.IsSet("waiting started"));
        Probe.Set("release running");
        await running;
        await Probe.WaitAsync("waiting started");
        Probe.Set("release waiting");
        await waiting;
    }

    [Fact]
    public async Task Read_only_methods_interleave_with_each_other_but_not_with_other_methods()
    {
        var grain = Grains.GetGrain<IBlockingGrain>("readonly");
        var read1 = grain.Read("read1 started", "release reads");
        var read2 = grain.Read("read2 started", "release reads");
        await Probe.WaitAsync("read1 started");
        await Probe.WaitAsync("read2 started");

        var write = grain.Block("write started", "release write");
        Assert.False(Probe.IsSet("write started"));

        Probe.Set("release reads");
        await Task.WhenAll(read1, read2);
        await Probe.WaitAsync("write started");
        Probe.Set("release write");
        await write;
    }

    [Fact]
    public async Task Calls_to_different_grains_run_in_parallel()
    {
        var x = Grains.GetGrain<IBlockingGrain>("x");
        var y = Grains.GetGrain<IBlockingGrain>("y");

        // Each grain blocks its thread until the other has started: both can only succeed if
        // the two turns run on two threads at the same time.
        var meetings = await Task.WhenAll(
            Task.Run(() => x.Meet("x arrived", "y arrived")),
            Task.Run(() => y.Meet("y arrived", "x arrived")));

        Assert.Equal([true, true], meetings);
    }
}
