using DigitalPost.Runtime.Postgres;
using Npgsql;

namespace DigitalPost.Grains.Messages;

/// <summary>The PostgreSQL data source of the mailbox tables, and batch execution (one round trip, one implicit transaction).</summary>
public sealed class MailboxDatabase(PostgresDatabase database)
{
    public ValueTask<NpgsqlDataSource> GetDataSourceAsync(CancellationToken cancellationToken = default) => database.GetDataSourceAsync(cancellationToken);

    /// <summary>Runs the commands as one batch: sent together, committed together, or none of them.</summary>
    public async Task<int> ExecuteAsync(IReadOnlyList<NpgsqlBatchCommand> commands, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var dataSource = await GetDataSourceAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = dataSource.CreateBatch();
        foreach (var command in commands)
        {
            batch.BatchCommands.Add(command);
        }

        return await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the commands as one batch and reads the first command's single boolean/long result.</summary>
    public async Task<T?> ExecuteScalarAsync<T>(IReadOnlyList<NpgsqlBatchCommand> commands, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var dataSource = await GetDataSourceAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = dataSource.CreateBatch();
        foreach (var command in commands)
        {
            batch.BatchCommands.Add(command);
        }

        var value = await batch.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? default : (T)value;
    }

    /// <summary>
    /// As <see cref="ExecuteScalarAsync{T}"/>, with the statements prepared on the pooled connection:
    /// the hot delivery statement is parsed and planned once per connection, not per call. Preparing
    /// a statement the connection already has costs no round trip.
    /// </summary>
    public async Task<T?> ExecutePreparedScalarAsync<T>(IReadOnlyList<NpgsqlBatchCommand> commands, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var dataSource = await GetDataSourceAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var command in commands)
        {
            batch.BatchCommands.Add(command);
        }

        await batch.PrepareAsync(cancellationToken).ConfigureAwait(false);
        var value = await batch.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? default : (T)value;
    }

    /// <summary>Opens a reader over one command.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> map, IEnumerable<NpgsqlParameter> parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        var dataSource = await GetDataSourceAsync(cancellationToken).ConfigureAwait(false);
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddRange(parameters.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
