using System.CommandLine;
using DigitalPost.LoadTests.Population;

namespace DigitalPost.LoadTests.DigitalPost;

/// <summary>
/// Options every Digital Post scenario takes beyond the shared ones: where the seeded population is read from, the
/// sending authority, the MeMo template and how many set-up calls run at once. A fresh set per command.
/// </summary>
public sealed class GatewayScenarioOptions
{
    /// <summary>A file of CPR numbers, one per line (instead of reading the registry).</summary>
    public Option<string?> CprsFile { get; } = new("--cprs-file") { Description = "Citizens to use: a file with one CPR per line (default: read the seeded registry)" };

    /// <summary>A connection string to the silo's database.</summary>
    public Option<string?> Postgres { get; } = new("--postgres") { Description = "Connection string of the silo's PostgreSQL, to read the seeded population from" };

    /// <summary>The silo's private cluster folder.</summary>
    public Option<string> PostgresDataDirectory { get; } = new("--postgres-data-directory")
    {
        Description = "The silo's --Postgres:DataDirectory, whose running private cluster holds the seeded population",
        DefaultValueFactory = _ => PrivateClusterConnection.DefaultDataDirectory,
    };

    /// <summary>The database within the private cluster.</summary>
    public Option<string> PostgresDatabase { get; } = new("--postgres-database") { Description = "Database of the private cluster", DefaultValueFactory = _ => "digitalpost" };

    /// <summary>The authority that sends.</summary>
    public Option<string> Authority { get; } = new("--authority")
    {
        Description = "Directory id of the sending authority (dev token authority:<id>)",
        DefaultValueFactory = _ => "udbetaling-danmark",
    };

    /// <summary>A MeMo file to send instead of the embedded sample.</summary>
    public Option<string?> Template { get; } = new("--template") { Description = "MeMo XML to send (default: the embedded MeMo_Full_Example.xml)" };

    /// <summary>Parallel set-up calls.</summary>
    public Option<int> SetupConcurrency { get; } = new("--setup-concurrency")
    {
        Description = "Logins and message preparations running at once before the load starts",
        DefaultValueFactory = _ => 8,
    };

    /// <summary>Every option, for a command.</summary>
    public IReadOnlyList<Option> All => [CprsFile, Postgres, PostgresDataDirectory, PostgresDatabase, Authority, Template, SetupConcurrency];

    /// <summary>Where the scenario reads the population from: the file, the connection string, or the private cluster (in that order).</summary>
    public IPopulationSource Population(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.GetValue(CprsFile) is { } file)
        {
            return CprListPopulationSource.FromFile(file);
        }

        if (parse.GetValue(Postgres) is { } connectionString)
        {
            return new PostgresPopulationSource(connectionString);
        }

        var folder = parse.GetValue(PostgresDataDirectory)!;
        return new PostgresPopulationSource(
            PrivateClusterConnection.For(folder, parse.GetValue(PostgresDatabase)!),
            description: $"the silo's private cluster in {folder}");
    }

    /// <summary>The template to send.</summary>
    public MeMoTemplate LoadTemplate(ParseResult parse) => MeMoTemplate.Load(parse.GetValue(Template));
}
