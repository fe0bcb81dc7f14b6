namespace DigitalPost.Runtime.Reminders;

/// <summary>
/// One durable reminder: it first fires at <see cref="StartAt"/>, then every <see cref="Period"/>
/// (a zero period fires once). <see cref="Partition"/> is the grain key's partition so a silo can
/// load just the reminders of the partitions it owns.
/// </summary>
public sealed record ReminderEntry(
    string GrainType,
    string GrainKey,
    int Partition,
    string Name,
    DateTimeOffset StartAt,
    TimeSpan Period);
