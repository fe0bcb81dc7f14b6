using DigitalPost.Runtime.Postgres;
using DigitalPost.Testing.Postgres;
using Npgsql;

namespace DigitalPost.Runtime.Tests.Postgres;

/// <summary>The shared fixture every integration test project relies on.</summary>
public sealed class PostgresTestServerTests
{
    [Fact]
    public async Task Each_database_is_a_fresh_migrated_copy_isolated_from_the_others()
    {
        var server = await PostgresTestServer.GetAsync();
        var first = await server.CreateDatabaseAsync([RuntimeMigrations.Set]);
        var second = await server.CreateDatabaseAsync([RuntimeMigrations.Set]);
        try
        {
            await ExecuteAsync(server, first, "INSERT INTO grain_state (grain_type, grain_key, state_name, data, updated_at) VALUES ('g', 'k', 's', '\\x00', now())");

            Assert.NotEqual(first, second);
            Assert.Equal(1L, await ScalarAsync(server, first, "SELECT count(*) FROM grain_state"));
            Assert.Equal(0L, await ScalarAsync(server, second, "SELECT count(*) FROM grain_state"));
            Assert.Equal(2L, await ScalarAsync(server, second, "SELECT count(*) FROM schema_migrations WHERE component = 'runtime'"));
        }
        finally
        {
            await server.DropDatabaseAsync(first);
            await server.DropDatabaseAsync(second);
        }

        Assert.Equal(0L, await ScalarAsync(server, "postgres", $"SELECT count(*) FROM pg_database WHERE datname IN ('{first}', '{second}')"));
    }

    private static async Task ExecuteAsync(PostgresTestServer server, string database, string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionStringFor(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(PostgresTestServer server, string database, string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionStringFor(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
