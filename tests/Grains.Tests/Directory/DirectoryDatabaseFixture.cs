using DigitalPost.Grains.AuthorityDirectory;
using DigitalPost.Grains.Tests.Registry;

namespace DigitalPost.Grains.Tests.AuthorityDirectory;

/// <summary>A database with the directory tables, filled from the built-in catalogue.</summary>
public sealed class DirectoryDatabaseFixture : IAsyncLifetime
{
    private readonly RegistryDatabaseFixture _database = new();

    public RegistryDatabaseFixture Database => _database;

    public Npgsql.NpgsqlDataSource DataSource => _database.DataSource;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await AuthorityDirectorySeeder.SeedAsync(DataSource);
    }

    public Task DisposeAsync() => _database.DisposeAsync();
}
