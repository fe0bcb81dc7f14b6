using System.Runtime.CompilerServices;
using Npgsql;

namespace DigitalPost.LoadTests.Population;

/// <summary>
/// Reads the population registry's <c>person</c> table (written by <c>silo seed</c>) over a connection string:
/// an external server's, or the silo's private cluster's (<see cref="PrivateClusterConnection"/>).
/// </summary>
public sealed class PostgresPopulationSource : IPopulationSource
{
    private readonly string _connectionString;
    private readonly TimeProvider _time;

    /// <summary>A source reading over <paramref name="connectionString"/>; ages are judged on <paramref name="time"/>'s date.</summary>
    public PostgresPopulationSource(string connectionString, TimeProvider? time = null, string? description = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _connectionString = connectionString;
        _time = time ?? TimeProvider.System;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = description ?? $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public IAsyncEnumerable<string> CitizensAsync(long count, CancellationToken cancellationToken)
    {
        var cutoff = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime).AddYears(-15);
        return ReadAsync(
            "SELECT cpr FROM person WHERE death_date IS NULL AND residence = 0 AND birth_date <= $1 ORDER BY cpr LIMIT $2",
            [cutoff, count],
            cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<string> PeopleAsync(long count, CancellationToken cancellationToken) =>
        ReadAsync("SELECT cpr FROM person ORDER BY cpr LIMIT $1", [count], cancellationToken);

    private async IAsyncEnumerable<string> ReadAsync(string sql, object[] parameters, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_connectionString);
        await using (connection.ConfigureAwait(false))
        {
            try
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (NpgsqlException exception)
            {
                throw new PopulationUnavailableException($"Cannot reach the population registry ({Description}): {exception.Message}", exception);
            }

            var command = new NpgsqlCommand(sql, connection);
            await using (command.ConfigureAwait(false))
            {
                foreach (var parameter in parameters)
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = parameter });
                }

                NpgsqlDataReader reader;
                try
                {
                    reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
                {
                    throw new PopulationUnavailableException(
                        $"{Description} has no population registry (table person): seed it first with `dotnet run -c Release --project src/Silo -- seed --people N`.", exception);
                }

                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        yield return reader.GetString(0);
                    }
                }
            }
        }
    }
}
