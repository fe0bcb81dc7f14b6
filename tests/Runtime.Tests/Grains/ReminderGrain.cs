using DigitalPost.Runtime.Tests.TestHost;

namespace DigitalPost.Runtime.Tests.Grains;

public interface IReminderGrain : IGrainWithStringKey
{
    Task Register(string name, TimeSpan dueTime, TimeSpan period);

    Task Unregister(string name);

    Task<bool> Has(string name);
}

[GrainType("reminder-test")]
public sealed class ReminderGrain(GrainProbe probe) : Grain, IReminderGrain, IRemindable
{
    public Task Register(string name, TimeSpan dueTime, TimeSpan period) => RegisterOrUpdateReminderAsync(name, dueTime, period);

    public async Task Unregister(string name)
    {
        var reminder = await GetReminder(name) ?? throw new InvalidOperationException($"No reminder {name}");
        await UnregisterReminderAsync(reminder);
    }

    public async Task<bool> Has(string name) => await GetReminder(name) is not null;

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var tick = probe.Increment($"reminder {GrainKey} {reminderName}");
        probe.Record($"reminder {GrainKey} {reminderName} {tick} at {status.CurrentTickTime:O}");
        probe.Set($"reminder {GrainKey} {reminderName} {tick}");
        return Task.CompletedTask;
    }
}
