namespace DigitalPost.Runtime.Tests.Postgres.Grains;

public interface IReminderProbeGrain : IGrainWithStringKey
{
    Task Schedule(string reminderName, TimeSpan dueTime);
}
