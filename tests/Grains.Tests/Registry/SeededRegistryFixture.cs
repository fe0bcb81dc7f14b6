using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Seeding;

namespace DigitalPost.Grains.Tests.Registry;

/// <summary>The registry tables filled by the seeder with 5,000 people and 300 companies.</summary>
public sealed class SeededRegistryFixture : IAsyncLifetime
{
    private readonly RegistryDatabaseFixture _database = new();

    public Npgsql.NpgsqlDataSource DataSource => _database.DataSource;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await PopulationSeeder.SeedAsync(DataSource, new SeedOptions { People = 5_000, Companies = 300, Seed = 7 });
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    public async Task<(Cpr Cpr, string FirstNames, DateOnly BirthDate, string Street, int Municipality)> FirstResidentAsync()
    {
        await using var command = DataSource.CreateCommand("SELECT cpr, first_names, birth_date, street, municipality_code FROM person WHERE street IS NOT NULL ORDER BY cpr LIMIT 1");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (Cpr.Parse(reader.GetString(0)), reader.GetString(1), reader.GetFieldValue<DateOnly>(2), reader.GetString(3), reader.GetInt16(4));
    }

    public async Task<List<Cpr>> SomeCprsAsync(int count)
    {
        await using var command = DataSource.CreateCommand($"SELECT cpr FROM person ORDER BY md5(cpr) LIMIT {count}");
        await using var reader = await command.ExecuteReaderAsync();
        var result = new List<Cpr>();
        while (await reader.ReadAsync())
        {
            result.Add(Cpr.Parse(reader.GetString(0)));
        }

        return result;
    }

    public async Task<Cvr> SomeCvrAsync()
    {
        await using var command = DataSource.CreateCommand("SELECT cvr FROM company_person GROUP BY cvr HAVING count(*) >= 3 ORDER BY cvr LIMIT 1");
        return Cvr.Parse((string)(await command.ExecuteScalarAsync())!);
    }
}
