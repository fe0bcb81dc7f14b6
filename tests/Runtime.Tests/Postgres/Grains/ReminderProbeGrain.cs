namespace DigitalPost.Runtime.Tests.Postgres.Grains;

[GrainType("postgres-test-reminder-probe")]
public sealed class ReminderProbeGrain(ReminderSignal signal) : Grain, IReminderProbeGrain, IRemindable
{
    public Task Schedule(string reminderName, TimeSpan dueTime) =>
        RegisterOrUpdateReminderAsync(reminderName, dueTime, TimeSpan.Zero);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        signal.Fired(GrainKey, reminderName);
        return Task.CompletedTask;
    }
}
