using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Registry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DigitalPost.Grains.Registry;

/// <summary>
/// Records a <see cref="PersonTurnedFifteen"/> event for every living person whose 15th birthday
/// fell after the last scanned day and on or before today (in <see cref="RegistryOptions.TimeZone"/>).
/// Progress is stored in <c>registry_scan</c> in the same transaction as the events, and event ids
/// are derived from the CPR, so scans that overlap (two silos, a crash and a rerun) record each
/// birthday once. Days missed while no silo ran are caught up on the next scan.
/// </summary>
public sealed class TurnedFifteenScanner(
    DataSourceProvider dataSource,
    RegistryEventDispatcher dispatcher,
    IOptions<RegistryOptions> options,
    TimeProvider timeProvider,
    ILogger<TurnedFifteenScanner> logger)
{
    /// <summary>The scan's row in <c>registry_scan</c>.</summary>
    public const string ScanName = "turned-fifteen";

    /// <summary>Today in the registry's time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), options.Value.TimeZone).DateTime);

    /// <summary>Scans the days not scanned yet, up to today; returns the number of events recorded.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var scannedThrough = await LockProgressAsync(connection, today.AddDays(-1 - options.Value.InitialScanLookbackDays), cancellationToken).ConfigureAwait(false);
        if (scannedThrough >= today)
        {
            return 0;
        }

        var now = timeProvider.GetUtcNow();
        var birthdays = await ReadBirthdaysAsync(connection, scannedThrough, today, cancellationToken).ConfigureAwait(false);
        var recorded = 0;
        foreach (var turned in birthdays)
        {
            if (await RegistryEventStore.TryInsertAsync(connection, turned, now, cancellationToken).ConfigureAwait(false))
            {
                recorded++;
            }
        }

        await using (var update = new NpgsqlCommand("UPDATE registry_scan SET scanned_through = $2 WHERE name = $1", connection))
        {
            update.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ScanName });
            update.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = today });
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        RegistryLog.ScanCompleted(logger, today, recorded);
        if (recorded > 0)
        {
            dispatcher.Wake();
        }

        return recorded;
    }

    private static async Task<DateOnly> LockProgressAsync(NpgsqlConnection connection, DateOnly initial, CancellationToken cancellationToken)
    {
        await using (var insert = new NpgsqlCommand("INSERT INTO registry_scan (name, scanned_through) VALUES ($1, $2) ON CONFLICT DO NOTHING", connection))
        {
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ScanName });
            insert.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = initial });
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // The row lock makes a second silo's scan wait, then see the advanced date and do nothing.
        await using var select = new NpgsqlCommand("SELECT scanned_through FROM registry_scan WHERE name = $1 FOR UPDATE", connection);
        select.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ScanName });
        return (DateOnly)(await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task<List<PersonTurnedFifteen>> ReadBirthdaysAsync(NpgsqlConnection connection, DateOnly after, DateOnly through, CancellationToken cancellationToken)
    {
        // The birth_date range is a superset (29 February birthdays move by a day); the exact test is
        // the anniversary itself, computed as in C# (date + interval gives 28 February in common years).
        await using var command = new NpgsqlCommand(
            """
            SELECT cpr, birth_date FROM person
            WHERE birth_date > $1::date - interval '15 years' - interval '1 day'
              AND birth_date <= $2::date - interval '15 years' + interval '1 day'
              AND (birth_date + interval '15 years')::date > $1
              AND (birth_date + interval '15 years')::date <= $2
              AND death_date IS NULL
            ORDER BY birth_date, cpr
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = after });
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = through });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<PersonTurnedFifteen>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(PersonTurnedFifteen.For(Cpr.Parse(reader.GetString(0)), reader.GetFieldValue<DateOnly>(1)));
        }

        return result;
    }
}
