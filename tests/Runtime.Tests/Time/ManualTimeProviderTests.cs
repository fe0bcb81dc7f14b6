using DigitalPost.Testing.Time;

namespace DigitalPost.Runtime.Tests.Time;

public sealed class ManualTimeProviderTests
{
    [Fact]
    public void The_clock_moves_only_when_advanced()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
        var start = time.GetTimestamp();

        time.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(new DateTimeOffset(2026, 5, 1, 8, 3, 0, TimeSpan.Zero), time.GetUtcNow());
        Assert.Equal(TimeSpan.FromMinutes(3), time.GetElapsedTime(start));
    }

    [Fact]
    public void Timers_fire_in_due_order_with_the_clock_at_their_due_time()
    {
        var time = new ManualTimeProvider();
        var start = time.GetUtcNow();
        var fired = new List<(string Name, TimeSpan At)>();
        using var late = time.CreateTimer(_ => fired.Add(("late", time.GetUtcNow() - start)), null, TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);
        using var early = time.CreateTimer(_ => fired.Add(("early", time.GetUtcNow() - start)), null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);

        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal([("early", TimeSpan.FromSeconds(10))], fired);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([("early", TimeSpan.FromSeconds(10)), ("late", TimeSpan.FromSeconds(30))], fired);
    }

    [Fact]
    public void A_periodic_timer_fires_once_per_period_within_one_advance()
    {
        var time = new ManualTimeProvider();
        var ticks = 0;
        using var timer = time.CreateTimer(_ => ticks++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(5, ticks);
    }

    [Fact]
    public void A_disposed_or_disarmed_timer_does_not_fire()
    {
        var time = new ManualTimeProvider();
        var fired = 0;
        var disposed = time.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        using var disarmed = time.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        disposed.Dispose();
        disarmed.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0, fired);
        Assert.Equal(0, time.ActiveTimerCount);
    }

    [Fact]
    public void A_timer_armed_by_a_callback_fires_in_the_same_advance_when_due_within_it()
    {
        var time = new ManualTimeProvider();
        var fired = new List<string>();
        ITimer? second = null;
        using var first = time.CreateTimer(_ =>
        {
            fired.Add("first");
            second = time.CreateTimer(_ => fired.Add("second"), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        }, null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);

        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(["first", "second"], fired);
        second!.Dispose();
    }

    [Fact]
    public async Task Task_delay_on_the_manual_clock_completes_when_the_clock_passes_it()
    {
        var time = new ManualTimeProvider();
        var delay = Task.Delay(TimeSpan.FromHours(1), time);

        time.Advance(TimeSpan.FromMinutes(59));
        Assert.False(delay.IsCompleted);
        time.Advance(TimeSpan.FromMinutes(1));

        await delay.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
