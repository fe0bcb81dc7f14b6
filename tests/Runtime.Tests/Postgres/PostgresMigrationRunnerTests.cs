using DigitalPost.Runtime.Postgres;
using DigitalPost.Testing.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DigitalPost.Runtime.Tests.Postgres;

/// <summary>Each test migrates a database of its own, created with no migrations at all.</summary>
public sealed class PostgresMigrationRunnerTests : IAsyncLifetime
{
    private PostgresTestServer _server = null!;
    private string _database = string.Empty;
    private NpgsqlDataSource _dataSource = null!;

    public async Task InitializeAsync()
    {
        _server = await PostgresTestServer.GetAsync();
        _database = await _server.CreateDatabaseAsync([]);
        _dataSource = NpgsqlDataSource.Create(_server.ConnectionStringFor(_database));
    }

    public async Task DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await _server.DropDatabaseAsync(_database);
    }

    [Fact]
    public void The_runtime_set_is_read_from_embedded_scripts_in_version_order()
    {
        var set = RuntimeMigrations.Set;

        Assert.Equal("runtime", set.Component);
        Assert.Equal([1, 2], set.Migrations.Select(m => m.Version));
        Assert.Equal("grain_state", set.Migrations[0].Name);
        Assert.Contains("CREATE TABLE reminders", set.Migrations[1].Sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrations_are_applied_once_and_recorded_per_component_and_version()
    {
        var first = await PostgresMigrationRunner.ApplyAsync(_dataSource, [RuntimeMigrations.Set], NullLogger.Instance, CancellationToken.None);
        var second = await PostgresMigrationRunner.ApplyAsync(_dataSource, [RuntimeMigrations.Set], NullLogger.Instance, CancellationToken.None);

        Assert.Equal(2, first);
        Assert.Equal(0, second);
        Assert.Equal(["runtime:1", "runtime:2"], await RecordedAsync());
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM grain_state"));
    }

    [Fact]
    public async Task A_second_component_is_migrated_independently_and_a_new_version_is_picked_up()
    {
        var v1 = new MigrationSet("mail", [new Migration(1, "boxes", "CREATE TABLE boxes (id int PRIMARY KEY)", "c1")]);
        var v2 = new MigrationSet("mail", [.. v1.Migrations, new Migration(2, "box_name", "ALTER TABLE boxes ADD COLUMN name text", "c2")]);

        await PostgresMigrationRunner.ApplyAsync(_dataSource, [RuntimeMigrations.Set, v1], NullLogger.Instance, CancellationToken.None);
        var later = await PostgresMigrationRunner.ApplyAsync(_dataSource, [RuntimeMigrations.Set, v2], NullLogger.Instance, CancellationToken.None);

        Assert.Equal(1, later);
        Assert.Equal(["mail:1", "mail:2", "runtime:1", "runtime:2"], await RecordedAsync());
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(name) FROM boxes"));
    }

    [Fact]
    public async Task A_failing_script_is_rolled_back_and_not_recorded()
    {
        var broken = new MigrationSet("broken", [
            new Migration(1, "good", "CREATE TABLE good_one (id int)", "c1"),
            new Migration(2, "bad", "CREATE TABLE half_done (id int); SELECT no_such_function()", "c2"),
        ]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PostgresMigrationRunner.ApplyAsync(_dataSource, [broken], NullLogger.Instance, CancellationToken.None));

        Assert.Contains("broken 2 (bad)", error.Message, StringComparison.Ordinal);
        Assert.Equal(["broken:1"], await RecordedAsync());
        Assert.Null(await ScalarAsync<string?>("SELECT to_regclass('half_done')::text"));
    }

    [Fact]
    public async Task Runners_started_together_apply_each_script_exactly_once()
    {
        var runs = Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => PostgresMigrationRunner.ApplyAsync(_dataSource, [RuntimeMigrations.Set], NullLogger.Instance, CancellationToken.None)));

        var applied = await Task.WhenAll(runs);

        Assert.Equal(2, applied.Sum());
        Assert.Equal(["runtime:1", "runtime:2"], await RecordedAsync());
    }

    [Fact]
    public void Duplicate_versions_in_one_set_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new MigrationSet("dup", [new Migration(1, "a", "SELECT 1", "a"), new Migration(1, "b", "SELECT 1", "b")]));
    }

    private async Task<List<string>> RecordedAsync()
    {
        await using var command = _dataSource.CreateCommand("SELECT component || ':' || version FROM schema_migrations ORDER BY component, version");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = _dataSource.CreateCommand(sql);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? default! : (T)value!;
    }
}
