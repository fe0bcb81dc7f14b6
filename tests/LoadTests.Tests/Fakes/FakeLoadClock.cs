using DigitalPost.LoadTests.Harness;

namespace DigitalPost.LoadTests.Tests.Fakes;

/// <summary>
/// Virtual time for the runner: a wait jumps the clock forward to its deadline and completes at once, so a
/// whole run plays out instantly and pacing depends only on the schedule, never on the machine.
/// </summary>
internal sealed class FakeLoadClock : ILoadClock
{
    private long _ticks;

    public TimeSpan Elapsed => new(Interlocked.Read(ref _ticks));

    public ValueTask WaitUntilAsync(TimeSpan elapsed, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        AdvanceTo(elapsed);
        return ValueTask.CompletedTask;
    }

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    private void AdvanceTo(TimeSpan at)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref _ticks);
            if (current >= at.Ticks)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _ticks, at.Ticks, current) != current);
    }
}
