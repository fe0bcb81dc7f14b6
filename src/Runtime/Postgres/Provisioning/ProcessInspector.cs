namespace DigitalPost.Runtime.Postgres.Provisioning;

/// <summary>Reads other processes' command lines from <c>/proc</c>.</summary>
public static class ProcessInspector
{
    /// <summary>The command line of a live process with arguments joined by spaces, or null when it is gone.</summary>
    public static string? CommandLineOf(int processId)
    {
        try
        {
            var raw = File.ReadAllText($"/proc/{processId}/cmdline");
            return raw.Length == 0 ? null : raw.Replace('\0', ' ').TrimEnd();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The ids of live PostgreSQL server processes (postmaster and backends) whose command line
    /// names <paramref name="dataDirectory"/>: how tests check that nothing was left running.
    /// </summary>
    public static IReadOnlyList<int> ServerProcessesOf(string dataDirectory)
    {
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) &&
                CommandLineOf(pid) is { } commandLine &&
                commandLine.Contains("postgres", StringComparison.Ordinal) &&
                commandLine.Contains(dataDirectory, StringComparison.Ordinal) &&
                !commandLine.Contains(PostgresWatchdog.Marker, StringComparison.Ordinal))
            {
                found.Add(pid);
            }
        }

        return found;
    }
}
