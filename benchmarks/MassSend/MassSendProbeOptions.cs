using System.Globalization;

namespace DigitalPost.Benchmarks.MassSend;

/// <summary>Command line of <c>mass-send</c>: <c>--recipients N --batch-size N --parallelism N --slices N --no-fsync --no-floor --schema-sql SQL --pg-setting name=value</c>;
/// <c>--schema-sql</c> runs after the migrations, before seeding (to measure what an index or constraint costs);
/// <c>--pg-setting</c> (repeatable) overrides a setting of the private cluster (to measure a server setting);
/// <c>--statement-stats</c> reports each phase's statements by cluster time (pg_stat_statements).</summary>
internal sealed record MassSendProbeOptions(long Recipients, int BatchSize, int Parallelism, int Slices, bool Fsync, bool SkipFloor, string? SchemaSql = null, IReadOnlyDictionary<string, string>? PostgresSettings = null, bool StatementStats = false)
{
    public static MassSendProbeOptions Parse(string[] args)
    {
        var options = new MassSendProbeOptions(1_000_000, 10_000, 2 * Environment.ProcessorCount, 64, true, false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--recipients" => options with { Recipients = long.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--batch-size" => options with { BatchSize = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--parallelism" => options with { Parallelism = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--slices" => options with { Slices = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--no-fsync" => options with { Fsync = false },
                "--no-floor" => options with { SkipFloor = true },
                "--schema-sql" => options with { SchemaSql = args[++i] },
                "--pg-setting" => options with { PostgresSettings = WithSetting(options.PostgresSettings, args[++i]) },
                "--statement-stats" => options with { StatementStats = true, PostgresSettings = WithSetting(WithSetting(options.PostgresSettings, MassSend.StatementStats.Preload), MassSend.StatementStats.TrackPlanning) },
                _ => throw new ArgumentException($"mass-send: unknown option '{args[i]}'; usage: mass-send [--recipients N] [--batch-size N] [--parallelism N] [--slices N] [--no-fsync] [--no-floor] [--schema-sql SQL] [--pg-setting name=value]... [--statement-stats]"),
            };
        }

        return options;
    }

    private static Dictionary<string, string> WithSetting(IReadOnlyDictionary<string, string>? settings, string assignment)
    {
        var equals = assignment.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ArgumentException($"mass-send: --pg-setting expects name=value, not '{assignment}'");
        }

        var copy = settings is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(settings, StringComparer.Ordinal);
        copy[assignment[..equals]] = assignment[(equals + 1)..];
        return copy;
    }
}
