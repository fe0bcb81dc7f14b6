using System.Globalization;

namespace DigitalPost.Runtime.Postgres.Provisioning;

/// <summary>A folder holding the PostgreSQL server programs.</summary>
public sealed record PostgresBinaries(string BinDirectory)
{
    private const string DebianRoot = "/usr/lib/postgresql";
    private static readonly string[] RequiredPrograms = ["initdb", "pg_ctl", "postgres"];

    public string InitDb => Path.Combine(BinDirectory, "initdb");

    public string PgCtl => Path.Combine(BinDirectory, "pg_ctl");

    public string Postgres => Path.Combine(BinDirectory, "postgres");

    /// <summary>
    /// The configured folder if given (and only it: a configured folder that lacks the programs is an
    /// error, never silently replaced); otherwise the highest version under
    /// <c>/usr/lib/postgresql/*/bin</c>, then the folders on PATH.
    /// </summary>
    /// <exception cref="PostgresNotInstalledException">Nothing usable was found.</exception>
    public static PostgresBinaries Locate(string? configuredBinDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configuredBinDirectory))
        {
            var full = Path.GetFullPath(configuredBinDirectory);
            return HasPrograms(full)
                ? new PostgresBinaries(full)
                : throw new PostgresNotInstalledException($"the configured bin folder '{full}' (Postgres:BinDirectory)");
        }

        if (Directory.Exists(DebianRoot))
        {
            // Debian installs each major version side by side; the newest one is the natural pick.
            var versions = Directory.GetDirectories(DebianRoot)
                .Select(dir => (Dir: dir, Version: ParseVersion(Path.GetFileName(dir))))
                .Where(x => x.Version is not null && HasPrograms(Path.Combine(x.Dir, "bin")))
                .OrderByDescending(x => x.Version);
            foreach (var (dir, _) in versions)
            {
                return new PostgresBinaries(Path.Combine(dir, "bin"));
            }
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (HasPrograms(dir))
            {
                return new PostgresBinaries(dir);
            }
        }

        throw new PostgresNotInstalledException($"{DebianRoot}/*/bin and PATH");
    }

    private static bool HasPrograms(string dir) =>
        RequiredPrograms.All(program => File.Exists(Path.Combine(dir, program)));

    private static Version? ParseVersion(string name) =>
        int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? new Version(major, 0)
        : Version.TryParse(name, out var version) ? version
        : null;
}
