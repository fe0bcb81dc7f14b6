using System.Globalization;
using DigitalPost.Grains.MassSend.Scheduling;

namespace DigitalPost.Grains.Tests.MassSend.Scheduling;

/// <summary>The workers' CPU work runs on threads with the configured nice value, or inline when off.</summary>
public sealed class LowPrioritySchedulerTests
{
    /// <summary>The calling thread's nice value (field 19 of /proc/thread-self/stat, after the command in parentheses).</summary>
    private static int ThreadNice()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Work_runs_on_a_thread_of_its_own_at_the_configured_nice_value_and_the_caller_continues_off_it()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var scheduler = new LowPriorityScheduler(threads: 2, nice: 7);
        var caller = (Environment.CurrentManagedThreadId, ThreadNice());

        var (thread, nice, name) = await scheduler.RunAsync(() => (Environment.CurrentManagedThreadId, ThreadNice(), Thread.CurrentThread.Name), CancellationToken.None);

        Assert.True(scheduler.Enabled);
        Assert.NotEqual(caller.CurrentManagedThreadId, thread);
        Assert.Equal(7, nice);
        Assert.StartsWith("mass-send-cpu-", name, StringComparison.Ordinal);
        Assert.Equal(caller.Item2, ThreadNice());
        Assert.DoesNotContain("mass-send-cpu-", Thread.CurrentThread.Name ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(0, scheduler.Failed);
    }

    [Fact]
    public async Task Threads_the_pool_creates_while_continuing_low_priority_work_keep_normal_priority()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var scheduler = new LowPriorityScheduler(threads: 2, nice: 9);
        var niceAfter = new List<int>();
        for (var i = 0; i < 200; i++)
        {
            // Each continuation lands on the thread pool, which may create workers while doing so.
            await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => scheduler.RunAsync(() => 0, CancellationToken.None)));
            niceAfter.Add(ThreadNice());
        }

        Assert.All(niceAfter, nice => Assert.NotEqual(9, nice));
    }

    [Fact]
    public async Task Nice_zero_runs_the_work_inline_on_the_calling_thread()
    {
        using var scheduler = new LowPriorityScheduler(threads: 2, nice: 0);
        var caller = Environment.CurrentManagedThreadId;

        var thread = await scheduler.RunAsync(() => Environment.CurrentManagedThreadId, CancellationToken.None);

        Assert.False(scheduler.Enabled);
        Assert.Equal(caller, thread);
    }

    [Fact]
    public async Task An_exception_in_the_work_reaches_the_caller()
    {
        using var scheduler = new LowPriorityScheduler(threads: 1, nice: 5);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => scheduler.RunAsync<int>(() => throw new InvalidOperationException("poison row"), CancellationToken.None));

        Assert.Equal("poison row", error.Message);
    }
}
