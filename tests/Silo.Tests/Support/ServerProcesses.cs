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

    /// <summary>
    /// Waits for a process that is not our child to end. Nothing signals that to a non-parent, so
    /// this watches /proc; a zombie counts as ended (whether it is reaped depends on the machine's init).
    /// </summary>
    public static async Task WaitForExitAsync(int pid, TimeSpan patience)
    {
        var clock = Stopwatch.StartNew();
        while (IsRunning(pid))
        {
            if (clock.Elapsed > patience)
            {
                throw new TimeoutException($"Process {pid} ({ProcessInspector.CommandLineOf(pid)}) still runs after {patience}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[stat.LastIndexOf(')') + 2];
            return state is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The user id a process runs as.</summary>
    public static int UserOf(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal));
        return int.Parse(line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
}
