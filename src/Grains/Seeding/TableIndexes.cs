using Npgsql;

namespace DigitalPost.Grains.Seeding;

/// <summary>
/// The primary keys, unique constraints and indexes of some tables, read from the catalogue so
/// they can be dropped before a bulk load and rebuilt after it exactly as the migrations made them
/// (one sort per index instead of millions of inserts into each). Runs inside the load's transaction.
/// </summary>
internal sealed class TableIndexes
{
    private readonly List<(string Table, string Name, string Definition)> _constraints = [];
    private readonly List<(string Name, string Definition)> _indexes = [];

    public int Count => _constraints.Count + _indexes.Count;

    public static async Task<TableIndexes> ReadAsync(NpgsqlConnection connection, string[] tables, CancellationToken cancellationToken)
    {
        var result = new TableIndexes();
        await using (var command = new NpgsqlCommand(
            """
            SELECT t.relname, c.conname, pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
            WHERE t.relname = ANY($1) AND t.relnamespace = current_schema()::regnamespace AND c.contype IN ('p', 'u')
            ORDER BY t.relname, c.conname
            """,
            connection))
        {
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = tables });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                result._constraints.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        await using (var command = new NpgsqlCommand(
            """
            SELECT i.relname, pg_get_indexdef(i.oid)
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_class t ON t.oid = x.indrelid
            WHERE t.relname = ANY($1) AND t.relnamespace = current_schema()::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
            ORDER BY i.relname
            """,
            connection))
        {
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = tables });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                result._indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        return result;
    }

    public async Task DropAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        foreach (var (name, _) in _indexes)
        {
            await ExecuteAsync(connection, $"DROP INDEX {Quote(name)}", cancellationToken).ConfigureAwait(false);
        }

        foreach (var (table, name, _) in _constraints)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {Quote(table)} DROP CONSTRAINT {Quote(name)}", cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task RebuildAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        foreach (var (table, name, definition) in _constraints)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {Quote(table)} ADD CONSTRAINT {Quote(name)} {definition}", cancellationToken).ConfigureAwait(false);
        }

        foreach (var (_, definition) in _indexes)
        {
            await ExecuteAsync(connection, definition, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
