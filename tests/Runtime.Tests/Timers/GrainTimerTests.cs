using DigitalPost.Runtime.Tests.Grains;
using DigitalPost.Runtime.Tests.TestHost;

namespace DigitalPost.Runtime.Tests.Timers;

public sealed class GrainTimerTests : RuntimeTestBase
{
    [Fact]
    public async Task A_timer_ticks_as_a_turn_every_period()
    {
        var grain = Grains.GetGrain<ITimerGrain>("ticking");
        await grain.StartTimer(TimeSpan.FromSeconds(10));

        Host.Time.Advance(TimeSpan.FromSeconds(10));
        await Probe.WaitAsync("tick ticking 1");
        Host.Time.Advance(TimeSpan.FromSeconds(10));
        await Probe.WaitAsync("tick ticking 2");
    }

    [Fact]
    public async Task A_timer_stops_with_its_activation()
    {
        var grain = Grains.GetGrain<ITimerGrain>("stopping");
        var timersBefore = Host.Time.ActiveTimerCount;
        await grain.StartTimer(TimeSpan.FromSeconds(10));
        Assert.Equal(timersBefore + 1, Host.Time.ActiveTimerCount);
        Host.Time.Advance(TimeSpan.FromSeconds(10));
        await Probe.WaitAsync("tick stopping 1");

        await grain.Deactivate();
        await Probe.WaitAsync("deactivated stopping");
        Host.Time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(1, Probe.Count("tick stopping"));
        Assert.Equal(timersBefore, Host.Time.ActiveTimerCount);
    }
}
