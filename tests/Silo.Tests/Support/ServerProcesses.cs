using System.Diagnostics;
using System.Globalization;
using DigitalPost.Runtime.Postgres.Provisioning;

namespace DigitalPost.Silo.Tests.Support;

/// <summary>What runs for a data folder: postgres servers and watchdogs, read from /proc.</summary>
internal static class ServerProcesses
{
    private const string WatchdogMarker = "digitalpost-postgres-watchdog";

    public static IReadOnlyList<int> PostgresOf(TempFolder folder) => ProcessInspector.ServerProcessesOf(folder.ClusterDirectory);

    public static IReadOnlyList<int> WatchdogsOf(TempFolder folder)
    {
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(System.IO.Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) &&
                ProcessInspector.CommandLineOf(pid) is { } commandLine &&
                commandLine.Contains(WatchdogMarker, StringComparison.Ordinal) &&
                commandLine.Contains(folder.Path, StringComparison.Ordinal))
            {
                found.Add(pid);
            }
        }

        return found;
    }

    /// <summary>The postmaster's id from its lock file.</summary>
    public static int PostmasterOf(TempFolder folder) =>
        int.Parse(File.ReadLines(System.IO.Path.Combine(folder.ClusterDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    /// <summary>Waits for a process that is not our child to end (the runtime polls it for us).</summary>
    public static async Task WaitForExitAsync(int pid, TimeSpan patience)
    {
        Process process;
        try
        {
            process = Process.GetProcessById(pid);
        }
        catch (ArgumentException)
        {
            return;
        }

        using (process)
        {
            await process.WaitForExitAsync().WaitAsync(patience);
        }
    }

    /// <summary>The user id a process runs as.</summary>
    public static int UserOf(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal));
        return int.Parse(line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
}
