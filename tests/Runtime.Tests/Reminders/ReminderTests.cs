using DigitalPost.Runtime.Reminders;
using DigitalPost.Runtime.Tests.Grains;
using DigitalPost.Runtime.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Runtime.Tests.Reminders;

public sealed class ReminderTests : RuntimeTestBase
{
    private readonly InMemoryReminderTable _table = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<IReminderTable>(_table);
    }

    [Fact]
    public async Task A_reminder_fires_at_its_due_time_and_then_every_period()
    {
        var grain = Grains.GetGrain<IReminderGrain>("r");
        var start = Host.Time.GetUtcNow();
        await grain.Register("daily", TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(5));

        Host.Time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(0, Probe.Count("reminder r daily"));
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        await Probe.WaitAsync("reminder r daily 1");
        Host.Time.Advance(TimeSpan.FromMinutes(5));
        await Probe.WaitAsync("reminder r daily 2");

        Assert.Contains($"reminder r daily 1 at {start.AddMinutes(10):O}", Probe.Events);
        Assert.Contains($"reminder r daily 2 at {start.AddMinutes(15):O}", Probe.Events);
        Assert.Equal(1, _table.Count);
    }

    [Fact]
    public async Task A_reminder_activates_its_grain_when_it_fires()
    {
        await Grains.GetGrain<IReminderGrain>("sleeper").Register("wake", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        var id = new GrainId("reminder-test", "sleeper");
        Assert.True(Host.Runtime.Activations.TryGet(id, out var first));
        await first.RequestDeactivation(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "test"));
        Assert.False(Host.Runtime.Activations.TryGet(id, out _));

        Host.Time.Advance(TimeSpan.FromMinutes(1));
        await Probe.WaitAsync("reminder sleeper wake 1");

        Assert.True(Host.Runtime.Activations.TryGet(id, out var second));
        Assert.NotSame(first, second);
    }

    [Fact]
    public async Task A_one_shot_reminder_fires_once_and_leaves_the_table()
    {
        var grain = Grains.GetGrain<IReminderGrain>("once");
        await grain.Register("ping", TimeSpan.FromMinutes(1), TimeSpan.Zero);

        Host.Time.Advance(TimeSpan.FromMinutes(1));
        await Probe.WaitAsync("reminder once ping 1");
        Host.Time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(1, Probe.Count("reminder once ping"));
        Assert.False(await grain.Has("ping"));
        Assert.Equal(0, _table.Count);
    }

    [Fact]
    public async Task An_unregistered_reminder_does_not_fire()
    {
        var grain = Grains.GetGrain<IReminderGrain>("cancelled");
        await grain.Register("nope", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        Assert.True(await grain.Has("nope"));

        await grain.Unregister("nope");
        Host.Time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(0, Probe.Count("reminder cancelled nope"));
        Assert.Equal(0, _table.Count);
    }

    [Fact]
    public async Task A_reminder_registered_before_a_restart_fires_after_it()
    {
        await Grains.GetGrain<IReminderGrain>("durable").Register("later", TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30));

        Host = await Host.RestartAsync();
        Host.Time.Advance(TimeSpan.FromMinutes(30));

        await Probe.WaitAsync("reminder durable later 1");
    }

    [Fact]
    public async Task A_period_below_the_minimum_is_refused()
    {
        var grain = Grains.GetGrain<IReminderGrain>("fast");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => grain.Register("fast", TimeSpan.Zero, TimeSpan.FromSeconds(1)));
    }
}
