using DigitalPost.Runtime.Tests.Grains;
using DigitalPost.Runtime.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Runtime.Tests.Activations;

public sealed class CallErrorTests : RuntimeTestBase
{
    protected override void ConfigureRuntime(GrainRuntimeOptions options) => options.DefaultCallTimeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task An_exception_reaches_the_caller_unchanged_and_the_grain_keeps_serving()
    {
        var grain = Grains.GetGrain<IFailingGrain>("boom");

        var error = await Assert.ThrowsAsync<GrainTestException>(() => grain.Fail("asynchronous failure"));

        Assert.Same(Host.Services.GetRequiredService<ThrownExceptions>().Last, error);
        Assert.Equal(1, await grain.Ping());
    }

    [Fact]
    public async Task A_synchronous_exception_reaches_the_caller_unchanged_and_the_grain_keeps_serving()
    {
        var grain = Grains.GetGrain<IFailingGrain>("sync-boom");

        var error = await Assert.ThrowsAsync<GrainTestException>(async () => await grain.FailSynchronously("synchronous failure"));

        Assert.Same(Host.Services.GetRequiredService<ThrownExceptions>().Last, error);
        Assert.Equal(1, await grain.Ping());
        Assert.Equal(2, await grain.Ping());
    }

    [Fact]
    public async Task A_call_past_its_deadline_fails_with_a_timeout_naming_grain_method_and_deadline()
    {
        var grain = Grains.GetGrain<IFailingGrain>("hang");
        var call = grain.Hang("release hang");

        Host.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(call.IsCompleted);
        Host.Time.Advance(TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<GrainCallTimeoutException>(() => call);
        Assert.Equal(TimeSpan.FromSeconds(5), error.Timeout);
        Assert.Equal("Hang", error.MethodName);
        Assert.Contains(typeof(IFailingGrain).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains("/hang", error.Message, StringComparison.Ordinal);
        Assert.Contains("00:00:05", error.Message, StringComparison.Ordinal);

        Probe.Set("release hang");
        Assert.Equal(1, await grain.Ping());
    }

    [Fact]
    public async Task A_queued_call_also_times_out_and_is_not_run_late()
    {
        var grain = Grains.GetGrain<IFailingGrain>("queued");
        var hanging = grain.Hang("release queued");
        var queued = grain.Ping();

        Host.Time.Advance(TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<GrainCallTimeoutException>(() => queued);
        await Assert.ThrowsAsync<GrainCallTimeoutException>(() => hanging);
        Probe.Set("release queued");
        Assert.Equal(1, await grain.Ping());
    }

    [Fact]
    public async Task A_queued_call_at_its_deadline_is_not_started_even_before_its_deadline_timer_fires()
    {
        var grain = Grains.GetGrain<IFailingGrain>("due");
        var hanging = grain.Hang("release due");
        await Probe.WaitAsync("release due started");
        Task<int>? queued = null;

        // Ending the Hang's turn at the Ping's deadline, before the Ping's own timer fires (in production: a
        // deadline timer whose thread-pool callback is late), lets the work loop reach the queued Ping inside that gap.
        var (atDeadline, settled) = SetAtPingDeadline("release due", () => queued!);
        using var timer = atDeadline;
        queued = grain.Ping();

        Host.Time.Advance(TimeSpan.FromSeconds(5));

        Assert.True(settled());
        await Assert.ThrowsAsync<GrainCallTimeoutException>(() => queued);
        Assert.Equal(1, await grain.Ping());
        await Assert.ThrowsAsync<GrainCallTimeoutException>(() => hanging);
    }

    [Fact]
    public async Task A_call_queued_while_its_grain_activates_is_not_started_at_its_deadline()
    {
        var grain = Grains.GetGrain<IGatedActivationGrain>("gated");
        var hanging = grain.Hang("release gated");
        Task<int>? queued = null;

        // The Hang's deadline timer fires first and answers it while it still waits for the
        // activation; letting the activation finish at the Ping's deadline makes the work loop drop the Hang
        // and reach the Ping while the clock reads the Ping's deadline but its timer has not fired.
        var (atDeadline, settled) = SetAtPingDeadline("activate gated", () => queued!);
        using var timer = atDeadline;
        queued = grain.Ping();

        Host.Time.Advance(TimeSpan.FromSeconds(5));

        Assert.True(settled());
        await Assert.ThrowsAsync<GrainCallTimeoutException>(() => queued);
        await Assert.ThrowsAsync<GrainCallTimeoutException>(() => hanging);
        Assert.False(Probe.IsSet("release gated started"));
        Assert.Equal(1, await grain.Ping());
    }

    /// <summary>
    /// A timer due at the queued Ping's deadline (5 s) but created before the Ping's own deadline timer, so the fake
    /// clock runs it first: it sets <paramref name="signal"/> and waits (30 s guard) until the Ping has its answer.
    /// Returns the timer and whether the Ping settled in time.
    /// </summary>
    private (ITimer Timer, Func<bool> Settled) SetAtPingDeadline(string signal, Func<Task> queued)
    {
        var settled = false;
        var timer = Host.Time.CreateTimer(
            _ =>
            {
                Probe.Set(signal);
                settled = Task.WhenAny(queued()).Wait(TimeSpan.FromSeconds(30));
            },
            null,
            TimeSpan.FromSeconds(5),
            Timeout.InfiniteTimeSpan);
        return (timer, () => settled);
    }

    [Fact]
    public async Task The_deadline_can_be_set_per_method_and_per_reference()
    {
        var grain = Grains.GetGrain<IFailingGrain>("deadlines");
        var brief = grain.HangBriefly("release brief");
        var custom = grain.WithResponseTimeout(TimeSpan.FromSeconds(1)).Ping();

        Host.Time.Advance(TimeSpan.FromSeconds(1));
        var customError = await Assert.ThrowsAsync<GrainCallTimeoutException>(() => custom);
        Assert.Equal(TimeSpan.FromSeconds(1), customError.Timeout);
        Assert.False(brief.IsCompleted);

        Host.Time.Advance(TimeSpan.FromSeconds(1));
        var briefError = await Assert.ThrowsAsync<GrainCallTimeoutException>(() => brief);
        Assert.Equal(TimeSpan.FromSeconds(2), briefError.Timeout);
        Probe.Set("release brief");
    }
}
