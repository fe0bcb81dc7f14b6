namespace DigitalPost.Runtime;

/// <summary>Implemented by grains that register reminders; each tick arrives as a turn of the grain.</summary>
public interface IRemindable
{
    /// <summary>A reminder named <paramref name="reminderName"/> fired.</summary>
    Task ReceiveReminder(string reminderName, TickStatus status);
}
