namespace DigitalPost.Runtime.Reminders;

/// <summary>A registered reminder as handed to grain code.</summary>
internal sealed record GrainReminder(string ReminderName, DateTimeOffset StartAt, TimeSpan Period) : IGrainReminder
{
    public static GrainReminder From(ReminderEntry entry) => new(entry.Name, entry.StartAt, entry.Period);
}
