namespace DigitalPost.LoadTests.Harness;

/// <summary>
/// Counts iterations in flight without keeping their tasks (a run may start millions); completes once it has
/// been closed and the count is back to zero. The count starts at one, held by the scheduler until it closes.
/// </summary>
internal sealed class InFlightTracker
{
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _count = 1;

    public Task Drained => _drained.Task;

    public void Enter() => Interlocked.Increment(ref _count);

    public void Exit()
    {
        if (Interlocked.Decrement(ref _count) == 0)
        {
            _drained.TrySetResult();
        }
    }

    public void Close() => Exit();
}
