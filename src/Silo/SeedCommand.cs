using System.Diagnostics;
using System.Globalization;
using DigitalPost.Grains.Seeding;
using DigitalPost.Runtime.Postgres;

namespace DigitalPost.Silo;

/// <summary>
/// <c>dotnet run --project src/Silo -- seed --people N [--companies M] [--seed S] [--replace]</c>:
/// fills the population registry (and the mailbox profiles: exemptions, delegations) of the
/// silo's database with a deterministic synthetic population, then exits. Uses the same
/// configuration as the silo, so it seeds the private cluster the silo will run on.
/// </summary>
internal static class SeedCommand
{
    public const string Verb = "seed";

    public static async Task<int> RunAsync(string[] args)
    {
        SeedOptions options;
        string[] configurationArgs;
        try
        {
            (options, configurationArgs) = Parse(args);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            await Console.Error.WriteLineAsync($"seed: {ex.Message}{Environment.NewLine}{Usage}");
            return 2;
        }

        await using var app = SiloApplication.Build(SiloApplication.CreateBuilder(configurationArgs));
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        var database = app.Services.GetRequiredService<PostgresDatabase>();
        try
        {
            await database.StartAsync(cancel.Token);
            var dataSource = await database.GetDataSourceAsync(cancel.Token);
            Console.WriteLine($"Seeding {options.People:N0} people and {options.Companies:N0} companies (seed {options.Seed}) into {database.Status.Target}");
            var clock = Stopwatch.StartNew();
            var progress = new ConsoleProgress(clock);
            var result = await PopulationSeeder.SeedAsync(
                dataSource, options, progress, app.Services.GetService<IMailboxProfileSeeder>(), cancel.Token);
            Console.WriteLine(
                $"Seeded {result.People:N0} people, {result.Companies:N0} companies, {result.CompanyPeople:N0} company people, " +
                $"{result.Exemptions:N0} exemptions, {result.Delegations:N0} delegations in {result.TotalTime.TotalSeconds:F1} s " +
                $"(load {result.LoadTime.TotalSeconds:F1} s, indexes {result.IndexTime.TotalSeconds:F1} s, profiles {result.ProfileTime.TotalSeconds:F1} s)");
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // Out-of-range options, or a registry that already holds rows without --replace.
            await Console.Error.WriteLineAsync($"seed: {ex.Message} (command line: --replace)");
            return 1;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("seed: cancelled; nothing was committed.");
            return 1;
        }
        finally
        {
            await database.StopAsync(CancellationToken.None);
        }
    }

    private const string Usage =
        "usage: seed --people N [--companies M (default N/10)] [--seed S (default 1)] [--replace] [silo configuration arguments]";

    /// <summary>Takes the seed options; everything else is passed on as silo configuration (e.g. --Postgres:DataDirectory).</summary>
    private static (SeedOptions Options, string[] ConfigurationArgs) Parse(string[] args)
    {
        long? people = null;
        long? companies = null;
        long seed = 1;
        var replace = false;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--people":
                    people = ParseCount(args, ++i, "--people");
                    break;
                case "--companies":
                    companies = ParseCount(args, ++i, "--companies");
                    break;
                case "--seed":
                    seed = ParseCount(args, ++i, "--seed");
                    break;
                case "--replace":
                    replace = true;
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (people is null)
        {
            throw new ArgumentException("--people is required.");
        }

        return (new SeedOptions
        {
            People = people.Value,
            Companies = companies ?? people.Value / 10,
            Seed = seed,
            ReplaceExisting = replace,
        }, rest.ToArray());
    }

    private static long ParseCount(string[] args, int index, string name)
    {
        if (index >= args.Length)
        {
            throw new ArgumentException($"{name} needs a value.");
        }

        return long.TryParse(args[index], NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new FormatException($"{name} must be a whole number of at least 0; got '{args[index]}'.");
    }

    /// <summary>Prints progress on the reporting thread, so lines keep their order (<see cref="Progress{T}"/> posts them to the thread pool).</summary>
    private sealed class ConsoleProgress(Stopwatch clock) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) =>
            Console.WriteLine($"  {value.Phase}: {value.Done:N0}/{value.Total:N0} ({clock.Elapsed.TotalSeconds:F1} s){(value.Message is null ? "" : " " + value.Message)}");
    }
}
