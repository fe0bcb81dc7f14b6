using System.Diagnostics;
using System.Globalization;

namespace DigitalPost.Runtime.Postgres.Provisioning;

/// <summary>
/// A tiny detached shell process that waits for the owning process to end and then stops the
/// private cluster. A clean shutdown stops the cluster itself and ends the watchdog last; the
/// watchdog only matters when the owner dies without cleaning up (SIGKILL, a crashed or killed
/// test host), which would otherwise leave a postgres running forever.
/// </summary>
internal static class PostgresWatchdog
{
    /// <summary>The watchdog's process name (<c>$0</c>), so it can be told apart from the server.</summary>
    public const string Marker = "digitalpost-postgres-watchdog";

    // The watchdog's stdin is a pipe whose only writer is the owner (the owner's end is close-on-exec,
    // so no other child inherits it). The owner never writes; when it dies, however it dies, the
    // kernel closes its end and `read` sees end-of-file at once: no polling.
    private const string Script =
        """
        pidfile=$1; log=$2; owner=$3; cleanup=$4; shift 4
        exec >>"$log" 2>&1
        while read -r _; do :; done
        exec </dev/null
        echo "$(date -u '+%Y-%m-%d %H:%M:%S') owner process $owner ended without stopping PostgreSQL; stopping it"
        "$@"
        rm -f "$pidfile"
        if [ -n "$cleanup" ]; then rm -rf -- "$cleanup"; fi
        """;

    /// <summary>
    /// Starts a watchdog for the current process that runs <paramref name="stopCommand"/> when it
    /// dies, then deletes <paramref name="deleteAfterStop"/> if given. The returned process must be
    /// kept (its stdin is the pipe the watchdog waits on) until <see cref="StopAsync"/>.
    /// </summary>
    public static Process Start(string pidFile, string logFile, (string Program, IReadOnlyList<string> Arguments) stopCommand, string? deleteAfterStop)
    {
        var startInfo = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardInput = true };
        // setsid: its own session, so a signal to the owner's process group does not take it along.
        foreach (var argument in new[] { "sh", "-c", Script, Marker, pidFile, logFile, Environment.ProcessId.ToString(CultureInfo.InvariantCulture), deleteAfterStop ?? string.Empty, stopCommand.Program })
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var argument in stopCommand.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = Process.Start(startInfo)
            ?? throw new PostgresProvisioningException("Could not start the PostgreSQL watchdog (setsid sh).");

        // setsid execs in place (a freshly started child is never a process-group leader), so this
        // id is the watchdog shell's, and it is known before the shell runs a single line.
        File.WriteAllText(pidFile, process.Id.ToString(CultureInfo.InvariantCulture));
        return process;
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
            await KillAsync(pid, timeout, cancellationToken).ConfigureAwait(false);
        }

        File.Delete(pidFile);
    }

    /// <summary>Ends a watchdog this process started, then lets go of its pipe.</summary>
    public static async Task StopAsync(Process watchdog, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // Ended first: closing the pipe before would make it stop the server it guards.
        await KillAsync(watchdog.Id, timeout, cancellationToken).ConfigureAwait(false);
        await watchdog.WaitForExitAsync(cancellationToken).WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        watchdog.Dispose();
    }

    /// <summary>Ends the watchdog with process id <paramref name="pid"/>, if it is still running.</summary>
    private static async Task KillAsync(int pid, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (ProcessInspector.CommandLineOf(pid) is { } commandLine && commandLine.Contains(Marker, StringComparison.Ordinal))
        {
            // The watchdog leads its own process group: end it together with anything it runs.
            await ServerUser.RunDirectAsync("kill", ["-TERM", "--", "-" + pid.ToString(CultureInfo.InvariantCulture)], timeout, cancellationToken).ConfigureAwait(false);
        }
    }
}
