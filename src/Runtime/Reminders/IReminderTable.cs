namespace DigitalPost.Runtime.Reminders;

/// <summary>
/// Durable store of reminders, as Orleans' <c>IReminderTable</c>. The reminder service reads the
/// reminders of the partitions its silo owns at start-up and whenever ownership changes.
/// </summary>
public interface IReminderTable
{
    /// <summary>All reminders whose grain falls in one of <paramref name="partitions"/>.</summary>
    ValueTask<IReadOnlyList<ReminderEntry>> ReadAsync(IReadOnlyCollection<int> partitions, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the reminder with the same grain and name.</summary>
    ValueTask UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken);

    /// <summary>Removes a reminder; true when one was removed.</summary>
    ValueTask<bool> RemoveAsync(string grainType, string grainKey, string reminderName, CancellationToken cancellationToken);
}
