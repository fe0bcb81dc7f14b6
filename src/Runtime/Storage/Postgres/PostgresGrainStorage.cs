using System.Diagnostics;
using System.Globalization;
using DigitalPost.Runtime.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace DigitalPost.Runtime.Storage.Postgres;

/// <summary>
/// Grain state in the <c>grain_state</c> table with optimistic concurrency: an ETag is a number
/// from a sequence, a write inserts only where nothing is stored (expected ETag null) and updates
/// only where the stored ETag matches; anything else throws <see cref="InconsistentStateException"/>
/// with the stored ETag and changes nothing. Each operation is one prepared statement, one round trip.
/// </summary>
public sealed class PostgresGrainStorage(PostgresDatabase database, TimeProvider timeProvider) : IGrainStorage
{
    private const string ReadSql =
        "SELECT data, etag FROM grain_state WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3";

    // Every statement also reports the stored ETag as the statement's snapshot saw it, so a refused
    // write needs no second round trip to say what it collided with.
    private const string InsertSql =
        """
        WITH written AS (
            INSERT INTO grain_state (grain_type, grain_key, state_name, data, updated_at) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (grain_type, grain_key, state_name) DO NOTHING
            RETURNING etag)
        SELECT (SELECT etag FROM written),
               (SELECT etag FROM grain_state WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3)
        """;

    private const string UpdateSql =
        """
        WITH written AS (
            UPDATE grain_state SET data = $4, updated_at = $5, etag = nextval('grain_state_etag_seq')
            WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3 AND etag = $6
            RETURNING etag)
        SELECT (SELECT etag FROM written),
               (SELECT etag FROM grain_state WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3)
        """;

    private const string DeleteSql =
        """
        WITH deleted AS (
            DELETE FROM grain_state
            WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3 AND etag = $4
            RETURNING etag)
        SELECT (SELECT etag FROM deleted),
               (SELECT etag FROM grain_state WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3)
        """;

    /// <inheritdoc />
    public async ValueTask<StoredGrainState> ReadAsync(GrainStateKey key, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = PostgresStorageInstruments.Error;
        try
        {
            var stored = await ReadCoreAsync(key, cancellationToken).ConfigureAwait(false);
            outcome = PostgresStorageInstruments.Ok;
            return stored;
        }
        finally
        {
            PostgresStorageInstruments.Record("read", started, outcome);
        }
    }

    /// <inheritdoc />
    public async ValueTask<string> WriteAsync(GrainStateKey key, ReadOnlyMemory<byte> state, string? expectedETag, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = PostgresStorageInstruments.Error;
        try
        {
            var etag = await WriteCoreAsync(key, state, expectedETag, cancellationToken).ConfigureAwait(false);
            outcome = PostgresStorageInstruments.Ok;
            return etag;
        }
        catch (InconsistentStateException)
        {
            outcome = PostgresStorageInstruments.Conflict;
            throw;
        }
        finally
        {
            PostgresStorageInstruments.Record("write", started, outcome);
        }
    }

    /// <inheritdoc />
    public async ValueTask ClearAsync(GrainStateKey key, string? expectedETag, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = PostgresStorageInstruments.Error;
        try
        {
            await ClearCoreAsync(key, expectedETag, cancellationToken).ConfigureAwait(false);
            outcome = PostgresStorageInstruments.Ok;
        }
        catch (InconsistentStateException)
        {
            outcome = PostgresStorageInstruments.Conflict;
            throw;
        }
        finally
        {
            PostgresStorageInstruments.Record("clear", started, outcome);
        }
    }

    private async ValueTask<StoredGrainState> ReadCoreAsync(GrainStateKey key, CancellationToken cancellationToken)
    {
        var dataSource = await database.GetDataSourceAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(ReadSql, connection);
        AddKey(command, key);
        await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SingleRow, cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return StoredGrainState.Empty;
        }

        var data = reader.GetFieldValue<byte[]>(0);
        return new StoredGrainState(data, FormatETag(reader.GetInt64(1)));
    }

    private async ValueTask<string> WriteCoreAsync(GrainStateKey key, ReadOnlyMemory<byte> state, string? expectedETag, CancellationToken cancellationToken)
    {
        long? expected = null;
        if (expectedETag is not null)
        {
            if (!TryParseETag(expectedETag, out var parsed))
            {
                // Not an ETag this provider ever issued: it cannot match whatever is stored.
                throw new InconsistentStateException(key, expectedETag, (await ReadCoreAsync(key, cancellationToken).ConfigureAwait(false)).ETag);
            }

            expected = parsed;
        }

        var dataSource = await database.GetDataSourceAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(expected is null ? InsertSql : UpdateSql, connection);
        AddKey(command, key);
        command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>> { TypedValue = state, NpgsqlDbType = NpgsqlDbType.Bytea });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = timeProvider.GetUtcNow(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        if (expected is { } value)
        {
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = value, NpgsqlDbType = NpgsqlDbType.Bigint });
        }

        var (written, stored) = await ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
        return written is { } etag
            ? FormatETag(etag)
            : throw new InconsistentStateException(key, expectedETag, stored is { } s ? FormatETag(s) : null);
    }

    private async ValueTask ClearCoreAsync(GrainStateKey key, string? expectedETag, CancellationToken cancellationToken)
    {
        if (expectedETag is null)
        {
            // "Nothing stored yet": clearing nothing succeeds, clearing something unseen does not.
            var current = await ReadCoreAsync(key, cancellationToken).ConfigureAwait(false);
            if (current.Exists)
            {
                throw new InconsistentStateException(key, null, current.ETag);
            }

            return;
        }

        if (!TryParseETag(expectedETag, out var expected))
        {
            throw new InconsistentStateException(key, expectedETag, (await ReadCoreAsync(key, cancellationToken).ConfigureAwait(false)).ETag);
        }

        var dataSource = await database.GetDataSourceAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(DeleteSql, connection);
        AddKey(command, key);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = expected, NpgsqlDbType = NpgsqlDbType.Bigint });
        var (deleted, stored) = await ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
        if (deleted is null)
        {
            throw new InconsistentStateException(key, expectedETag, stored is { } s ? FormatETag(s) : null);
        }
    }

    private static async Task<(long? Written, long? Stored)> ExecuteAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SingleRow, cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.IsDBNull(0) ? null : reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1));
    }

    private static void AddKey(NpgsqlCommand command, GrainStateKey key)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.GrainType, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.GrainKey, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.StateName, NpgsqlDbType = NpgsqlDbType.Text });
    }

    private static string FormatETag(long etag) => etag.ToString(CultureInfo.InvariantCulture);

    private static bool TryParseETag(string etag, out long value) =>
        long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
