using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace DigitalPost.Runtime.Postgres;

/// <summary>
/// Applies migration sets: under a PostgreSQL advisory lock (so silos starting together apply each
/// script once), each missing version in order, each in its own transaction together with its row in
/// <c>schema_migrations(component, version, name, checksum, applied_at)</c>. Running it again applies
/// nothing.
/// </summary>
public static class PostgresMigrationRunner
{
    /// <summary>The advisory lock key held while migrating ("DPMIGR").</summary>
    public const long AdvisoryLockKey = 0x4450_4D49_4752;

    private const string CreateTable =
        """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            component  text        NOT NULL,
            version    integer     NOT NULL,
            name       text        NOT NULL,
            checksum   text        NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (component, version)
        )
        """;

    /// <summary>Applies what is missing of <paramref name="sets"/> and returns how many scripts ran.</summary>
    public static async Task<int> ApplyAsync(NpgsqlDataSource dataSource, IEnumerable<MigrationSet> sets, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(logger);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (var acquire = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection))
        {
            acquire.Parameters.Add(new NpgsqlParameter<long> { TypedValue = AdvisoryLockKey });
            await acquire.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await using (var create = new NpgsqlCommand(CreateTable, connection))
            {
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var applied = await ReadAppliedAsync(connection, cancellationToken).ConfigureAwait(false);
            var count = 0;
            foreach (var set in sets.DistinctBy(s => s.Component))
            {
                foreach (var migration in set.Migrations)
                {
                    if (applied.TryGetValue((set.Component, migration.Version), out var checksum))
                    {
                        if (!string.Equals(checksum, migration.Checksum, StringComparison.Ordinal))
                        {
                            PostgresLog.MigrationChanged(logger, set.Component, migration.Version, migration.Name, checksum, migration.Checksum);
                        }

                        continue;
                    }

                    await ApplyOneAsync(connection, set.Component, migration, logger, cancellationToken).ConfigureAwait(false);
                    count++;
                }
            }

            return count;
        }
        finally
        {
            // Closing the connection would release it too, but the connection goes back to the pool.
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
            release.Parameters.Add(new NpgsqlParameter<long> { TypedValue = AdvisoryLockKey });
            await release.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task<Dictionary<(string Component, int Version), string>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<(string, int), string>();
        await using var command = new NpgsqlCommand("SELECT component, version, checksum FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            applied[(reader.GetString(0), reader.GetInt32(1))] = reader.GetString(2);
        }

        return applied;
    }

    private static async Task ApplyOneAsync(NpgsqlConnection connection, string component, Migration migration, ILogger logger, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var script = new NpgsqlCommand(migration.Sql, connection, transaction))
        {
            try
            {
                await script.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException ex)
            {
                throw new InvalidOperationException($"Migration {component} {migration.Version} ({migration.Name}) failed: {ex.MessageText}", ex);
            }
        }

        await using (var record = new NpgsqlCommand("INSERT INTO schema_migrations (component, version, name, checksum) VALUES ($1, $2, $3, $4)", connection, transaction))
        {
            record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = component, NpgsqlDbType = NpgsqlDbType.Text });
            record.Parameters.Add(new NpgsqlParameter<int> { TypedValue = migration.Version });
            record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = migration.Name, NpgsqlDbType = NpgsqlDbType.Text });
            record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = migration.Checksum, NpgsqlDbType = NpgsqlDbType.Text });
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        PostgresLog.MigrationApplied(logger, component, migration.Version, migration.Name, clock.ElapsedMilliseconds);
    }
}
