namespace DigitalPost.LoadTests.Harness;

/// <summary>
/// The real clock: high-resolution timestamps from a <see cref="TimeProvider"/> and timer waits. Timers have
/// about a millisecond of resolution, so by default the scheduler wakes up late by up to a few milliseconds and
/// then starts every iteration that has become due — never early, and the lateness is charged to latency
/// (measured from the intended start). A positive spin window trades CPU for precision: the last part of each
/// wait spins instead of sleeping.
/// </summary>
public sealed class SystemLoadClock : ILoadClock
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _spinWindow;
    private readonly long _start;

    /// <summary>Starts the clock now; waits spin for their last <paramref name="spinWindow"/> (zero: never spin).</summary>
    public SystemLoadClock(TimeProvider? time = null, TimeSpan spinWindow = default)
    {
        _time = time ?? TimeProvider.System;
        _spinWindow = spinWindow < TimeSpan.Zero ? TimeSpan.Zero : spinWindow;
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

        return _spinWindow > TimeSpan.Zero ? SleepThenSpinAsync(elapsed, remaining, cancellationToken) : SleepAsync(remaining, cancellationToken);
    }

    private ValueTask SleepAsync(TimeSpan remaining, CancellationToken cancellationToken)
    {
        // Task.Delay rounds down to whole milliseconds; round up so a wait never returns early.
        var milliseconds = Math.Ceiling(remaining.TotalMilliseconds);
        return new ValueTask(Task.Delay(TimeSpan.FromMilliseconds(milliseconds), _time, cancellationToken));
    }

    private async ValueTask SleepThenSpinAsync(TimeSpan elapsed, TimeSpan remaining, CancellationToken cancellationToken)
    {
        var sleep = remaining - _spinWindow;
        if (sleep >= TimeSpan.FromMilliseconds(1))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Floor(sleep.TotalMilliseconds)), _time, cancellationToken).ConfigureAwait(false);
        }

        var spinner = default(SpinWait);
        while (Elapsed < elapsed)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // SpinOnce(-1) never falls back to Thread.Sleep(1), which would cost the millisecond this avoids.
            spinner.SpinOnce(sleep1Threshold: -1);
        }
    }
}
