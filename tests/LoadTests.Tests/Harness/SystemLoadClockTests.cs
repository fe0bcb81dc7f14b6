using DigitalPost.LoadTests.Harness;
using DigitalPost.Testing.Time;

namespace DigitalPost.LoadTests.Tests.Harness;

public sealed class SystemLoadClockTests
{
    [Fact]
    public void Elapsed_counts_from_when_the_clock_started()
    {
        var time = new ManualTimeProvider();
        time.Advance(TimeSpan.FromHours(1));
        var clock = new SystemLoadClock(time);

        time.Advance(TimeSpan.FromMilliseconds(1_500));

        Assert.Equal(TimeSpan.FromMilliseconds(1_500), clock.Elapsed);
    }

    [Fact]
    public void A_wait_never_completes_before_its_deadline()
    {
        var time = new ManualTimeProvider();
        var clock = new SystemLoadClock(time);

        var wait = clock.WaitUntilAsync(TimeSpan.FromMilliseconds(2.5), CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(2));
        var earlyCompleted = wait.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.False(earlyCompleted);
        Assert.True(wait.IsCompleted);
    }

    [Fact]
    public void A_deadline_already_passed_completes_at_once()
    {
        var time = new ManualTimeProvider();
        var clock = new SystemLoadClock(time);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(clock.WaitUntilAsync(TimeSpan.FromMilliseconds(10), CancellationToken.None).IsCompleted);
    }
}
