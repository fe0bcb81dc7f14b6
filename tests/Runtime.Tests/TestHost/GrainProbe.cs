using System.Collections.Concurrent;

namespace DigitalPost.Runtime.Tests.TestHost;

/// <summary>
/// Shared between test grains and tests: an ordered event log and named one-shot signals, so tests
/// wait on what happened instead of sleeping. Waits have a generous real-time guard only so a
/// broken runtime fails the test instead of hanging it.
/// </summary>
public sealed class GrainProbe
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, TaskCompletionSource> _signals = new();
    private readonly ConcurrentDictionary<string, int> _counters = new();
    private readonly ConcurrentQueue<string> _events = new();

    public IReadOnlyList<string> Events => [.. _events];

    public void Record(string @event) => _events.Enqueue(@event);

    public int Increment(string counter) => _counters.AddOrUpdate(counter, 1, static (_, n) => n + 1);

    public int Count(string counter) => _counters.TryGetValue(counter, out var n) ? n : 0;

    public void Set(string signal) => Signal(signal).TrySetResult();

    public bool IsSet(string signal) => Signal(signal).Task.IsCompleted;

    public Task WaitAsync(string signal) => Signal(signal).Task.WaitAsync(Guard);

    /// <summary>For grains: wait without the guard (the grain's turn lasts until the test releases it).</summary>
    public Task Wait(string signal) => Signal(signal).Task;

    private TaskCompletionSource Signal(string name)
        => _signals.GetOrAdd(name, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
