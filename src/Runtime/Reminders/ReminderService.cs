using System.Collections.Concurrent;
using DigitalPost.Runtime.Activations;
using DigitalPost.Runtime.Diagnostics;
using DigitalPost.Runtime.Placement;

namespace DigitalPost.Runtime.Reminders;

/// <summary>
/// Schedules the durable reminders of the partitions this silo owns. At start-up it loads them from
/// <see cref="IReminderTable"/>, so a reminder registered before a restart fires after it. A tick
/// activates the grain if needed and calls <see cref="IRemindable.ReceiveReminder"/> as a turn.
/// Ticks missed while no silo ran fire once at load, then the schedule continues on its grid.
/// </summary>
internal sealed class ReminderService(GrainRuntime runtime, IReminderTable table, IPartitionDirectory directory)
{
    private readonly ConcurrentDictionary<(string GrainType, string GrainKey, string Name), ScheduledReminder> _scheduled = new();
    private volatile bool _stopped;

    public int ScheduledCount => _scheduled.Count;

    private GrainRuntime Runtime => runtime;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _stopped = false;
        var entries = await table.ReadAsync(directory.OwnedPartitions, cancellationToken).ConfigureAwait(false);
        foreach (var entry in entries)
        {
            Schedule(entry);
        }

        RuntimeLog.RemindersLoaded(runtime.Logger, entries.Count);
    }

    public void Stop()
    {
        _stopped = true;
        foreach (var reminder in _scheduled.Values)
        {
            reminder.Dispose();
        }

        _scheduled.Clear();
    }

    public async Task<IGrainReminder> RegisterOrUpdateAsync(GrainId grainId, string name, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
        if (period != TimeSpan.Zero && period < runtime.Options.MinimumReminderPeriod)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period,
                $"A reminder period must be zero (one-shot) or at least {runtime.Options.MinimumReminderPeriod} (GrainRuntimeOptions.MinimumReminderPeriod).");
        }

        var partition = GrainPartitioner.GetPartition(grainId.Key, runtime.Options.PartitionCount);
        var entry = new ReminderEntry(grainId.GrainType, grainId.Key, partition, name, runtime.TimeProvider.GetUtcNow() + dueTime, period);
        await table.UpsertAsync(entry, CancellationToken.None).ConfigureAwait(false);
        Schedule(entry);
        return GrainReminder.From(entry);
    }

    public async Task UnregisterAsync(GrainId grainId, string name)
    {
        await table.RemoveAsync(grainId.GrainType, grainId.Key, name, CancellationToken.None).ConfigureAwait(false);
        if (_scheduled.TryRemove((grainId.GrainType, grainId.Key, name), out var reminder))
        {
            reminder.Dispose();
        }
    }

    public IGrainReminder? GetReminder(GrainId grainId, string name)
        => _scheduled.TryGetValue((grainId.GrainType, grainId.Key, name), out var reminder) ? GrainReminder.From(reminder.Entry) : null;

    public IReadOnlyList<IGrainReminder> GetReminders(GrainId grainId)
        => [.. _scheduled.Values.Where(r => r.Entry.GrainType == grainId.GrainType && r.Entry.GrainKey == grainId.Key).Select(r => GrainReminder.From(r.Entry))];

    private void Schedule(ReminderEntry entry)
    {
        if (_stopped)
        {
            return;
        }

        var reminder = new ScheduledReminder(this, entry);
        var key = (entry.GrainType, entry.GrainKey, entry.Name);
        _scheduled.AddOrUpdate(key, reminder, (_, previous) =>
        {
            previous.Dispose();
            return reminder;
        });
        reminder.Arm(runtime.TimeProvider.GetUtcNow());
    }

    private async Task FireAsync(ScheduledReminder reminder, DateTimeOffset now)
    {
        var entry = reminder.Entry;
        var status = new TickStatus(entry.StartAt, entry.Period, now);
        try
        {
            var grainClass = runtime.ResolveGrainType(entry.GrainType);
            var grainId = new GrainId(entry.GrainType, entry.GrainKey);
            var target = runtime.CreateReference(ReminderInvocation.Interface, grainClass, grainId);
            var invocation = new ReminderInvocation { ReminderName = entry.Name, Status = status };
            await invocation.Invoke(target).ConfigureAwait(false);
            runtime.Instruments.ReminderFired();
        }
        catch (Exception e)
        {
            // A periodic reminder tries again at its next tick; a one-shot one stays in the table and
            // is retried at the next start-up.
            RuntimeLog.ReminderFailed(runtime.Logger, e, entry.GrainType, entry.GrainKey, entry.Name);
            return;
        }

        if (entry.Period == TimeSpan.Zero
            && _scheduled.TryRemove(new KeyValuePair<(string, string, string), ScheduledReminder>((entry.GrainType, entry.GrainKey, entry.Name), reminder)))
        {
            await table.RemoveAsync(entry.GrainType, entry.GrainKey, entry.Name, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>One scheduled reminder: a one-shot timer re-armed on the reminder's period grid after every tick.</summary>
    private sealed class ScheduledReminder : IDisposable
    {
        private static readonly TimerCallback s_onFire = static state => ((ScheduledReminder)state!).OnFire();

        private readonly ReminderService _service;
        private readonly ITimer _timer;
        private volatile bool _disposed;

        public ScheduledReminder(ReminderService service, ReminderEntry entry)
        {
            _service = service;
            Entry = entry;
            _timer = service.Runtime.TimeProvider.CreateTimer(s_onFire, this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        public ReminderEntry Entry { get; }

        public void Arm(DateTimeOffset now)
        {
            var due = Entry.StartAt - now;
            _timer.Change(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
        }

        public void Dispose()
        {
            _disposed = true;
            _timer.Dispose();
        }

        private void OnFire()
        {
            if (_disposed || _service._stopped)
            {
                return;
            }

            var now = _service.Runtime.TimeProvider.GetUtcNow();
            if (Entry.Period > TimeSpan.Zero)
            {
                // Next tick on the grid StartAt + k·Period strictly after now.
                var elapsed = now - Entry.StartAt;
                var periods = elapsed < TimeSpan.Zero ? 0 : (elapsed.Ticks / Entry.Period.Ticks) + 1;
                var next = Entry.StartAt + TimeSpan.FromTicks(periods * Entry.Period.Ticks);
                _timer.Change(next - now, Timeout.InfiniteTimeSpan);
            }

            _ = _service.FireAsync(this, now);
        }
    }
}
