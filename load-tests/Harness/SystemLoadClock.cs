namespace DigitalPost.LoadTests.Harness;

/// <summary>
/// The real clock: high-resolution timestamps from a <see cref="TimeProvider"/> and timer waits. Timers have
/// about a millisecond of resolution, so the scheduler wakes up and starts every iteration that has become
/// due since — starts are never early, and lateness is charged to latency (measured from the intended start).
/// </summary>
public sealed class SystemLoadClock : ILoadClock
{
    private readonly TimeProvider _time;
    private readonly long _start;

    /// <summary>Starts the clock now.</summary>
    public SystemLoadClock(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _start = _time.GetTimestamp();
    }

    /// <inheritdoc />
    public TimeSpan Elapsed => _time.GetElapsedTime(_start);

    /// <inheritdoc />
    public ValueTask WaitUntilAsync(TimeSpan elapsed, CancellationToken cancellationToken)
    {
        var remaining = elapsed - Elapsed;
        if (remaining <= TimeSpan.Zero)
        {
            return ValueTask.CompletedTask;
        }

        // Task.Delay rounds down to whole milliseconds; round up so a wait never returns early.
        var milliseconds = Math.Ceiling(remaining.TotalMilliseconds);
        return new ValueTask(Task.Delay(TimeSpan.FromMilliseconds(milliseconds), _time, cancellationToken));
    }
}
