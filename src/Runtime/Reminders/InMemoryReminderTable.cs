using System.Collections.Concurrent;

namespace DigitalPost.Runtime.Reminders;

/// <summary>Reminder table in process memory, for unit tests: reminders survive a runtime restart only while the same instance is shared.</summary>
public sealed class InMemoryReminderTable : IReminderTable
{
    private readonly ConcurrentDictionary<(string GrainType, string GrainKey, string Name), ReminderEntry> _entries = new();

    /// <summary>Number of stored reminders.</summary>
    public int Count => _entries.Count;

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<ReminderEntry>> ReadAsync(IReadOnlyCollection<int> partitions, CancellationToken cancellationToken)
    {
        var wanted = partitions as IReadOnlySet<int> ?? partitions.ToHashSet();
        IReadOnlyList<ReminderEntry> entries = [.. _entries.Values.Where(e => wanted.Contains(e.Partition))];
        return ValueTask.FromResult(entries);
    }

    /// <inheritdoc />
    public ValueTask UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries[(entry.GrainType, entry.GrainKey, entry.Name)] = entry;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<bool> RemoveAsync(string grainType, string grainKey, string reminderName, CancellationToken cancellationToken)
        => ValueTask.FromResult(_entries.TryRemove((grainType, grainKey, reminderName), out _));
}
