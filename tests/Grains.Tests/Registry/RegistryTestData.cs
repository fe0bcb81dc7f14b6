using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Registry;
using DigitalPost.Grains.Registry;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DigitalPost.Grains.Tests.Registry;

internal static class RegistryTestData
{
    public static readonly Address Aarhus = new("Vestergade", "12B", "8000", "Aarhus C", 751);
    public static readonly Address Odense = new("Kongensgade", "3", "5000", "Odense C", 461);

    public static PersonBorn Born(string cpr, string firstNames = "Emma", string lastName = "Nielsen", Address? address = null)
    {
        var parsed = Cpr.Parse(cpr);
        return new PersonBorn(Guid.NewGuid(), parsed, parsed.BirthDate, firstNames, lastName, address ?? Aarhus);
    }

    public static RegistryEventDispatcher NewDispatcher(NpgsqlDataSource dataSource, TimeProvider time, RegistryOptions? options = null, params IRegistryEventHandler[] handlers) =>
        new(DataSourceProvider.FromDataSource(dataSource), handlers, Options.Create(options ?? new RegistryOptions()), time, NullLogger<RegistryEventDispatcher>.Instance);

    public static PostgresPopulationRegistry NewRegistry(NpgsqlDataSource dataSource, RegistryEventDispatcher dispatcher, TimeProvider time) =>
        new(DataSourceProvider.FromDataSource(dataSource), dispatcher, time);
}
