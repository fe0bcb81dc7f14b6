using DigitalPost.Grains.MassSend.Scheduling;
using DigitalPost.Testing.Time;
using Microsoft.Extensions.Logging.Abstractions;

namespace DigitalPost.Grains.Tests.MassSend.Scheduling;

/// <summary>The throttle applies the governor to the workers: decisions on the injected clock, a gate, batch sizes, pauses.</summary>
public sealed class MassSendThrottleTests
{
    private readonly ManualTimeProvider _time = new();
    private readonly ScriptedLatencySource _latency = new();

    private MassSendThrottle Create(bool enabled = true)
    {
        var options = GovernorTestOptions.Create(enabled);
        return new MassSendThrottle(options, new MassSendGovernor(GovernorTestOptions.Wrap(options)), _latency, _time, NullLogger.Instance);
    }

    [Fact]
    public async Task Decisions_come_once_per_interval_of_the_injected_clock_from_the_latency_of_that_interval()
    {
        var throttle = Create();
        var decisions = new SemaphoreSlim(0);
        throttle.Decided += _ => decisions.Release();
        using var stop = new CancellationTokenSource();
        _latency.Enqueue(new LatencyWindow(3, TimeSpan.FromMilliseconds(15))); // before the job: too few requests to start cautiously
        var running = throttle.RunAsync(stop.Token);
        Assert.Equal(1, _latency.Reads);
        _latency.Enqueue(GovernorTestOptions.Latency.Slow, GovernorTestOptions.Latency.Slow, GovernorTestOptions.Latency.Fast);

        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal((1, new GovernorState(4, 8_000, TimeSpan.Zero)), (_latency.Reads, throttle.State));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(await decisions.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(new GovernorState(2, 8_000, TimeSpan.Zero), throttle.State);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await decisions.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(new GovernorState(1, 8_000, TimeSpan.Zero), throttle.State);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await decisions.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(new GovernorState(2, 8_000, TimeSpan.Zero), throttle.State);

        await stop.CancelAsync();
        await running;
        Assert.Equal(4, _latency.Reads);
    }

    [Fact]
    public async Task A_job_started_under_interactive_traffic_admits_one_small_batch_at_a_time_until_the_governor_speeds_it_up()
    {
        var throttle = Create();
        var decisions = new SemaphoreSlim(0);
        throttle.Decided += _ => decisions.Release();
        using var stop = new CancellationTokenSource();
        _latency.Enqueue(GovernorTestOptions.Latency.Middling, GovernorTestOptions.Latency.Fast);

        var running = throttle.RunAsync(stop.Token);
        var first = await throttle.EnterAsync(CancellationToken.None);
        var second = throttle.EnterAsync(CancellationToken.None).AsTask();

        Assert.Equal((2_000, false), (first, second.IsCompleted));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await decisions.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(new GovernorState(1, 4_000, TimeSpan.Zero), throttle.State);
        Assert.False(second.IsCompleted);
        throttle.Release();
        Assert.Equal(4_000, await second);

        await stop.CancelAsync();
        await running;
    }

    [Fact]
    public async Task A_disabled_governor_never_reads_latency_and_keeps_full_speed()
    {
        var throttle = Create(enabled: false);

        await throttle.RunAsync(CancellationToken.None);

        Assert.Equal(0, _latency.Reads);
        Assert.Equal(new GovernorState(4, 8_000, TimeSpan.Zero), throttle.State);
    }

    [Fact]
    public async Task The_gate_admits_as_many_batches_as_the_governor_allows_and_the_next_when_one_ends()
    {
        var throttle = Create();
        _latency.Enqueue(GovernorTestOptions.Latency.Slow, GovernorTestOptions.Latency.Slow, GovernorTestOptions.Latency.Slow);
        throttle.Tick();
        throttle.Tick();
        throttle.Tick(); // 1 worker, batches of 4,000

        Assert.Equal(4_000, await throttle.EnterAsync(CancellationToken.None));
        var second = throttle.EnterAsync(CancellationToken.None).AsTask();
        Assert.False(second.IsCompleted);
        Assert.Equal(1, throttle.Active);

        throttle.Release();

        Assert.Equal(4_000, await second);
        Assert.Equal(1, throttle.Active);
    }

    [Fact]
    public async Task Speeding_up_admits_waiting_workers_at_once()
    {
        var throttle = Create();
        _latency.Enqueue(GovernorTestOptions.Latency.Slow, GovernorTestOptions.Latency.Slow, GovernorTestOptions.Latency.Fast);
        throttle.Tick();
        throttle.Tick(); // 1 worker
        await throttle.EnterAsync(CancellationToken.None);
        var waiting = throttle.EnterAsync(CancellationToken.None).AsTask();
        Assert.False(waiting.IsCompleted);

        throttle.Tick(); // 2 workers

        Assert.Equal(8_000, await waiting);
        Assert.Equal(2, throttle.Active);
    }

    [Fact]
    public async Task A_cancelled_wait_gives_up_its_place_without_taking_a_turn()
    {
        var throttle = Create();
        _latency.Enqueue(GovernorTestOptions.Latency.Slow, GovernorTestOptions.Latency.Slow);
        throttle.Tick();
        throttle.Tick(); // 1 worker
        await throttle.EnterAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelled = throttle.EnterAsync(cancel.Token).AsTask();
        var next = throttle.EnterAsync(CancellationToken.None).AsTask();

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        throttle.Release();

        await next;
        Assert.Equal(1, throttle.Active);
    }

    [Fact]
    public async Task The_pause_between_batches_lasts_the_governed_time_on_the_injected_clock()
    {
        var throttle = Create();
        Assert.True(throttle.PauseAsync(CancellationToken.None).IsCompletedSuccessfully);
        for (var i = 0; i < 5; i++)
        {
            _latency.Enqueue(GovernorTestOptions.Latency.Slow);
            throttle.Tick();
        }

        Assert.Equal(TimeSpan.FromMilliseconds(100), throttle.State.Pause);
        var pause = throttle.PauseAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(99));
        Assert.False(pause.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await pause;
    }
}
