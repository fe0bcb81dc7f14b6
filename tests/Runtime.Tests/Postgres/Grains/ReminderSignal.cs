using System.Collections.Concurrent;

namespace DigitalPost.Runtime.Tests.Postgres.Grains;

/// <summary>Lets a test await a reminder tick instead of sleeping.</summary>
public sealed class ReminderSignal
{
    private readonly ConcurrentDictionary<(string Grain, string Reminder), TaskCompletionSource> _fired = new();

    public void Fired(string grainKey, string reminderName) => Source(grainKey, reminderName).TrySetResult();

    public Task WhenFired(string grainKey, string reminderName) => Source(grainKey, reminderName).Task;

    private TaskCompletionSource Source(string grainKey, string reminderName) =>
        _fired.GetOrAdd((grainKey, reminderName), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
