namespace DigitalPost.Grains;

/// <summary>
/// Wakes a polling background worker when work arrived in this process, so it need not wait for its
/// next poll; the poll stays the fallback for work that arrived elsewhere (another silo, a restart).
/// Each worker gets its own subclass so the container keeps them apart.
/// </summary>
public abstract class WakeSignal(TimeProvider timeProvider)
{
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Asks for a pass now.</summary>
    public void Wake() => Volatile.Read(ref _wake).TrySetResult();

    /// <summary>Waits until <see cref="Wake"/> is called or <paramref name="timeout"/> passes on the clock.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var wake = Volatile.Read(ref _wake);
        if (!wake.Task.IsCompleted)
        {
            using var delayCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(timeout, timeProvider, delayCancellation.Token);
            await Task.WhenAny(wake.Task, delay).ConfigureAwait(false);
            await delayCancellation.CancelAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }

        // A wake-up after this point completes the new source: the next wait returns at once.
        Interlocked.CompareExchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), wake);
    }
}
