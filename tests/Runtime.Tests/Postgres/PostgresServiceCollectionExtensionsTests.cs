using DigitalPost.Runtime.Postgres;
using DigitalPost.Runtime.Reminders;
using DigitalPost.Runtime.Storage;
using DigitalPost.Runtime.Storage.Postgres;
using DigitalPost.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DigitalPost.Runtime.Tests.Postgres;

public sealed class PostgresServiceCollectionExtensionsTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task A_component_registers_its_own_migrations_and_they_are_applied_after_the_runtime_ones_at_start()
    {
        var connectionString = await fixture.CreateAnotherDatabaseAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPostgresGrainStorage(options => options.ConnectionString = connectionString);
        services.AddPostgresMigrations(new MigrationSet("mailboxes", [new Migration(1, "mailbox", "CREATE TABLE mailbox (id text PRIMARY KEY)", "m1")]));
        await using var provider = services.BuildServiceProvider();
        var database = provider.GetRequiredService<PostgresDatabase>();

        await database.StartAsync(CancellationToken.None);

        Assert.True(database.IsReady);
        Assert.Equal(["runtime", "mailboxes"], database.MigrationSets.Select(s => s.Component));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM schema_migrations WHERE component = 'mailboxes'", connection);
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public void Postgres_storage_replaces_the_in_memory_defaults_of_the_runtime()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IGrainStorage, InMemoryGrainStorage>();
        services.AddSingleton<IReminderTable, InMemoryReminderTable>();

        services.AddPostgresGrainStorage(fixture.Configure);

        Assert.Equal(typeof(PostgresGrainStorage), Assert.Single(services, d => d.ServiceType == typeof(IGrainStorage)).ImplementationType);
        Assert.Equal(typeof(PostgresReminderTable), Assert.Single(services, d => d.ServiceType == typeof(IReminderTable)).ImplementationType);
    }
}
