using System.Diagnostics;
using System.Globalization;

namespace DigitalPost.Runtime.Postgres.Provisioning;

/// <summary>
/// A tiny detached shell process that waits for the owning process to end and then stops the
/// private cluster. A clean shutdown stops the cluster itself and kills the watchdog first; the
/// watchdog only matters when the owner dies without cleaning up (SIGKILL, a crashed test host),
/// which would otherwise leave a postgres running forever.
/// </summary>
internal static class PostgresWatchdog
{
    /// <summary>The watchdog's process name (<c>$0</c>), so it can be told apart from the server.</summary>
    public const string Marker = "digitalpost-postgres-watchdog";

    // Polls once a second: `wait` only works for children, and the owner is the watchdog's parent's
    // ... parent; a second of delay after an unclean death is harmless.
    private const string Script =
        """
        pidfile=$1; log=$2; owner=$3; cleanup=$4; shift 4
        exec </dev/null >>"$log" 2>&1
        while [ -d "/proc/$owner" ]; do sleep 1; done
        echo "$(date -u '+%Y-%m-%d %H:%M:%S') owner process $owner ended without stopping PostgreSQL; stopping it"
        "$@"
        rm -f "$pidfile"
        if [ -n "$cleanup" ]; then rm -rf -- "$cleanup"; fi
        """;

    /// <summary>
    /// Starts a watchdog for the current process that runs <paramref name="stopCommand"/> when it
    /// dies, then deletes <paramref name="deleteAfterStop"/> if given. Returns the watchdog's process id.
    /// </summary>
    public static int Start(string pidFile, string logFile, (string Program, IReadOnlyList<string> Arguments) stopCommand, string? deleteAfterStop)
    {
        var startInfo = new ProcessStartInfo("setsid") { UseShellExecute = false };
        // setsid: its own session, so a signal to the owner's process group does not take it along.
        foreach (var argument in new[] { "sh", "-c", Script, Marker, pidFile, logFile, Environment.ProcessId.ToString(CultureInfo.InvariantCulture), deleteAfterStop ?? string.Empty, stopCommand.Program })
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var argument in stopCommand.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new PostgresProvisioningException("Could not start the PostgreSQL watchdog (setsid sh).");

        // setsid execs in place (a freshly started child is never a process-group leader), so this
        // id is the watchdog shell's, and it is known before the shell runs a single line.
        File.WriteAllText(pidFile, process.Id.ToString(CultureInfo.InvariantCulture));
        return process.Id;
    }

    /// <summary>Ends the watchdog recorded in <paramref name="pidFile"/> (an earlier owner's), if it is still running.</summary>
    public static async Task StopRecordedAsync(string pidFile, TimeSpan timeout, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(pidFile, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            await StopAsync(pid, timeout, cancellationToken).ConfigureAwait(false);
        }

        File.Delete(pidFile);
    }

    /// <summary>Ends the watchdog with process id <paramref name="pid"/>, if it is still running.</summary>
    public static async Task StopAsync(int pid, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (ProcessInspector.CommandLineOf(pid) is { } commandLine && commandLine.Contains(Marker, StringComparison.Ordinal))
        {
            // The watchdog leads its own process group: end it together with its `sleep`.
            await ServerUser.RunDirectAsync("kill", ["-TERM", "--", "-" + pid.ToString(CultureInfo.InvariantCulture)], timeout, cancellationToken).ConfigureAwait(false);
        }
    }
}
