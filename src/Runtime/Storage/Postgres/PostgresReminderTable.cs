using System.Diagnostics;
using DigitalPost.Runtime.Postgres;
using DigitalPost.Runtime.Reminders;
using Npgsql;
using NpgsqlTypes;

namespace DigitalPost.Runtime.Storage.Postgres;

/// <summary>
/// Reminders in the <c>reminders</c> table, indexed by partition so a silo reads only those of the
/// partitions it owns. <see cref="ReminderEntry.StartAt"/> is stored with PostgreSQL's microsecond
/// precision; the period is stored in ticks and round-trips exactly.
/// </summary>
public sealed class PostgresReminderTable(PostgresDatabase database, TimeProvider timeProvider) : IReminderTable
{
    private const string ReadSql =
        "SELECT grain_type, grain_key, partition, reminder_name, start_at, period_ticks FROM reminders WHERE partition = ANY($1)";

    private const string UpsertSql =
        """
        INSERT INTO reminders (grain_type, grain_key, reminder_name, partition, start_at, period_ticks, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT (grain_type, grain_key, reminder_name) DO UPDATE
        SET partition = excluded.partition, start_at = excluded.start_at,
            period_ticks = excluded.period_ticks, updated_at = excluded.updated_at
        """;

    private const string RemoveSql =
        "DELETE FROM reminders WHERE grain_type = $1 AND grain_key = $2 AND reminder_name = $3";

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<ReminderEntry>> ReadAsync(IReadOnlyCollection<int> partitions, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = PostgresStorageInstruments.Error;
        try
        {
            var entries = await ReadCoreAsync(partitions, cancellationToken).ConfigureAwait(false);
            outcome = PostgresStorageInstruments.Ok;
            return entries;
        }
        finally
        {
            PostgresStorageInstruments.Record("reminders.read", started, outcome);
        }
    }

    /// <inheritdoc />
    public async ValueTask UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = PostgresStorageInstruments.Error;
        try
        {
            await UpsertCoreAsync(entry, cancellationToken).ConfigureAwait(false);
            outcome = PostgresStorageInstruments.Ok;
        }
        finally
        {
            PostgresStorageInstruments.Record("reminders.upsert", started, outcome);
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> RemoveAsync(string grainType, string grainKey, string reminderName, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = PostgresStorageInstruments.Error;
        try
        {
            var removed = await RemoveCoreAsync(grainType, grainKey, reminderName, cancellationToken).ConfigureAwait(false);
            outcome = PostgresStorageInstruments.Ok;
            return removed;
        }
        finally
        {
            PostgresStorageInstruments.Record("reminders.remove", started, outcome);
        }
    }

    private async ValueTask<IReadOnlyList<ReminderEntry>> ReadCoreAsync(IReadOnlyCollection<int> partitions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partitions);
        if (partitions.Count == 0)
        {
            return [];
        }

        var dataSource = await database.GetDataSourceAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(ReadSql, connection);
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. partitions], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new ReminderEntry(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetInt32(2),
                reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4),
                TimeSpan.FromTicks(reader.GetInt64(5))));
        }

        return entries;
    }

    private async ValueTask UpsertCoreAsync(ReminderEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Period < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(entry), entry.Period, "A reminder's period cannot be negative.");
        }

        var dataSource = await database.GetDataSourceAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(UpsertSql, connection);
        AddKey(command, entry.GrainType, entry.GrainKey, entry.Name);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = entry.Partition, NpgsqlDbType = NpgsqlDbType.Integer });
        // timestamptz takes UTC only.
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = entry.StartAt.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = entry.Period.Ticks, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = timeProvider.GetUtcNow(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<bool> RemoveCoreAsync(string grainType, string grainKey, string reminderName, CancellationToken cancellationToken)
    {
        var dataSource = await database.GetDataSourceAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(RemoveSql, connection);
        AddKey(command, grainType, grainKey, reminderName);
        await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    private static void AddKey(NpgsqlCommand command, string grainType, string grainKey, string reminderName)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainType, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainKey, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = reminderName, NpgsqlDbType = NpgsqlDbType.Text });
    }
}
