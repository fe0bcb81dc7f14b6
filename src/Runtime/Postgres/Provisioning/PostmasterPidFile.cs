using System.Globalization;

namespace DigitalPost.Runtime.Postgres.Provisioning;

/// <summary>
/// The <c>postmaster.pid</c> lock file PostgreSQL keeps in its data folder while running. Its
/// first line is the postmaster's process id, its fourth the port.
/// </summary>
internal sealed record PostmasterPidFile(string Path, int ProcessId)
{
    public static PostmasterPidFile? TryRead(string dataDirectory)
    {
        var path = System.IO.Path.Combine(dataDirectory, "postmaster.pid");
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        // An unreadable first line (a crash mid-write) still marks a leftover: pid 0 is never alive.
        var pid = lines.Length > 0 && int.TryParse(lines[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        return new PostmasterPidFile(path, pid);
    }

    /// <summary>
    /// True when the recorded process is alive and is a postgres server of <paramref name="dataDirectory"/>
    /// (a recycled process id belonging to something else does not count).
    /// </summary>
    public bool IsServerOf(string dataDirectory) =>
        ProcessId > 0 && ProcessInspector.CommandLineOf(ProcessId) is { } commandLine &&
        commandLine.Contains("postgres", StringComparison.Ordinal) &&
        commandLine.Contains(dataDirectory, StringComparison.Ordinal);
}
