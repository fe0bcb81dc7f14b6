namespace DigitalPost.Runtime;

/// <summary>A registered durable reminder of a grain.</summary>
public interface IGrainReminder
{
    /// <summary>The reminder's name, unique per grain.</summary>
    string ReminderName { get; }

    /// <summary>When the reminder first fires.</summary>
    DateTimeOffset StartAt { get; }

    /// <summary>Interval between ticks; zero for a one-shot reminder.</summary>
    TimeSpan Period { get; }
}
