using System.Diagnostics;
using System.Globalization;
using DigitalPost.Grains.Registry;
using DigitalPost.Grains.Seeding;
using DigitalPost.Runtime.Postgres;
using DigitalPost.Runtime.Postgres.Provisioning;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DigitalPost.Benchmarks.Grains;

/// <summary>
/// Measures <see cref="PopulationSeeder"/> end to end (not a BenchmarkDotNet suite: one run of
/// millions of rows is the measurement). Usage (once Program.cs routes the verb "seed" here):
/// <c>dotnet run -c Release --project benchmarks -- seed [people] [companies] [seed]</c>.
/// Uses <c>DIGITALPOST_SEED_CONNECTION_STRING</c> when set (its registry tables are replaced),
/// otherwise a throw-away private PostgreSQL cluster with the silo's settings (fsync on).
/// </summary>
public static class SeedProbe
{
    public static async Task<int> RunAsync(string[] args)
    {
        var people = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 6_000_000;
        var companies = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : people / 10;
        var seed = args.Length > 2 ? long.Parse(args[2], CultureInfo.InvariantCulture) : 1;
        var folder = Path.Combine(Path.GetTempPath(), "digitalpost-seed-probe-" + Guid.NewGuid().ToString("N"));
        PrivatePostgresServer? server = null;
        try
        {
            string connectionString;
            if (Environment.GetEnvironmentVariable("DIGITALPOST_SEED_CONNECTION_STRING") is { Length: > 0 } external)
            {
                connectionString = external;
            }
            else
            {
                server = await PrivatePostgresServer.StartAsync(
                    new PrivatePostgresServerOptions { DataDirectory = folder, DeleteDataOnStop = true },
                    NullLogger.Instance,
                    CancellationToken.None);
                await server.EnsureDatabaseAsync("seedprobe", CancellationToken.None);
                connectionString = server.ConnectionStringFor("seedprobe");
                Console.WriteLine($"Private PostgreSQL {server.Version} on port {server.Port} (fsync on, wal_level minimal)");
            }

            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            await PostgresMigrationRunner.ApplyAsync(dataSource, [RuntimeMigrations.Set, RegistryMigrations.Set], NullLogger.Instance, CancellationToken.None);
            var options = new SeedOptions { People = people, Companies = companies, Seed = seed, ReplaceExisting = true };
            Console.WriteLine($"Seeding {people:N0} people and {companies:N0} companies (seed {seed}) with {options.Parallelism} generator thread(s) on {Environment.ProcessorCount} core(s)");
            var lastPhase = (SeedPhase)(-1);
            var clock = Stopwatch.StartNew();
            var progress = new SynchronousProgress(p =>
            {
                if (p.Phase != lastPhase)
                {
                    lastPhase = p.Phase;
                    Console.WriteLine($"  {clock.Elapsed.TotalSeconds,7:F1} s  {p.Phase}{(p.Message is null ? string.Empty : ": " + p.Message)}");
                }
            });
            var result = await PopulationSeeder.SeedAsync(dataSource, options, progress);
            Console.WriteLine($"People {result.People:N0}, companies {result.Companies:N0}, company people {result.CompanyPeople:N0}, exemptions chosen {result.Exemptions:N0}, delegations chosen {result.Delegations:N0} (profile seeder missing: {result.ProfileSeederMissing})");
            Console.WriteLine($"Load (generate + binary COPY) {result.LoadTime.TotalSeconds:F1} s, indexes + analyze + commit {result.IndexTime.TotalSeconds:F1} s, total {result.TotalTime.TotalSeconds:F1} s ({result.People / result.TotalTime.TotalSeconds:N0} people/s overall)");
            return 0;
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }
    }

    private sealed class SynchronousProgress(Action<SeedProgress> report) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) => report(value);
    }
}
