using System.Globalization;
using System.Net;
using Npgsql;

namespace DigitalPost.LoadTests.Population;

/// <summary>
/// The connection string of a running silo's private PostgreSQL cluster, read from its data folder the way the
/// silo lays it out (<c>&lt;folder&gt;/pgdata/postmaster.pid</c>, whose fourth line is the port, and
/// <c>&lt;folder&gt;/superuser.password</c>; user <c>postgres</c> on 127.0.0.1). The folder is the silo's
/// <c>--Postgres:DataDirectory</c>, by default <c>/var/lib/digitalpost/postgres</c> as root, else
/// <c>~/.local/share/digitalpost/postgres</c>.
/// </summary>
public static class PrivateClusterConnection
{
    /// <summary>The silo's default data folder for the current user.</summary>
    public static string DefaultDataDirectory =>
        Environment.IsPrivilegedProcess
            ? "/var/lib/digitalpost/postgres"
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "digitalpost", "postgres");

    /// <summary>The connection string to <paramref name="database"/> of the cluster in <paramref name="dataDirectory"/>.</summary>
    /// <exception cref="PopulationUnavailableException">The cluster is not running or the folder is not a silo's.</exception>
    public static string For(string dataDirectory, string database = "digitalpost")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var root = Path.GetFullPath(dataDirectory);
        var pidFile = Path.Combine(root, "pgdata", "postmaster.pid");
        var passwordFile = Path.Combine(root, "superuser.password");
        string[] lines;
        try
        {
            lines = File.ReadAllLines(pidFile);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new PopulationUnavailableException(
                $"No running PostgreSQL in '{root}' ({pidFile} is missing). Start the silo with the same --Postgres:DataDirectory (it starts its private cluster), or pass --postgres <connection string> or --cprs-file <file>.");
        }

        if (lines.Length < 4 || !int.TryParse(lines[3].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            throw new PopulationUnavailableException($"{pidFile} does not name a port (is the server still starting?).");
        }

        string password;
        try
        {
            password = File.ReadAllText(passwordFile).Trim();
        }
        catch (Exception exception) when (exception is FileNotFoundException or UnauthorizedAccessException)
        {
            throw new PopulationUnavailableException($"Cannot read the cluster's superuser password ({passwordFile}): {exception.Message}", exception);
        }

        return new NpgsqlConnectionStringBuilder
        {
            Host = IPAddress.Loopback.ToString(),
            Port = port,
            Username = "postgres",
            Password = password,
            Database = database,
        }.ConnectionString;
    }
}
