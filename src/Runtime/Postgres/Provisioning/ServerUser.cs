using System.Diagnostics;
using System.Text;

namespace DigitalPost.Runtime.Postgres.Provisioning;

/// <summary>
/// Runs PostgreSQL programs as the user the server must run as: the current user normally, the
/// <c>postgres</c> user (through <c>runuser</c>) when this process is root, because
/// <c>initdb</c> and <c>postgres</c> refuse to run as root.
/// </summary>
internal static class ServerUser
{
    public const string PostgresUser = "postgres";

    public static bool IsRoot => Environment.IsPrivilegedProcess;

    /// <summary>The program and arguments that run <paramref name="program"/> as the server user.</summary>
    public static (string Program, IReadOnlyList<string> Arguments) Command(string program, IEnumerable<string> arguments)
    {
        if (!IsRoot)
        {
            return (program, arguments.ToList());
        }

        var wrapped = new List<string> { "-u", PostgresUser, "--", program };
        wrapped.AddRange(arguments);
        return ("runuser", wrapped);
    }

    /// <summary>Runs a program as the server user and returns its exit code and combined output.</summary>
    public static Task<ProcessResult> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var (wrappedProgram, wrappedArguments) = Command(program, arguments);
        return RunDirectAsync(wrappedProgram, wrappedArguments, timeout, cancellationToken);
    }

    /// <summary>Runs a program as this process's user.</summary>
    public static async Task<ProcessResult> RunDirectAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // initdb and pg_ctl localise their messages; English keeps logs and errors searchable.
        startInfo.Environment["LC_MESSAGES"] = "C";

        using var process = new Process { StartInfo = startInfo };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or FileNotFoundException)
        {
            throw new PostgresProvisioningException($"Could not run '{program}': {ex.Message}", ex);
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new PostgresProvisioningException($"'{program} {string.Join(' ', startInfo.ArgumentList)}' did not finish within {timeout}. Output:\n{Snapshot(output)}");
        }

        // The parameterless wait drains the asynchronous output readers.
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, Snapshot(output));
    }

    /// <summary>Gives a path we created to the server user (root only).</summary>
    public static async Task GiveToServerUserAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!IsRoot)
        {
            return;
        }

        var result = await RunDirectAsync("chown", [$"{PostgresUser}:{PostgresUser}", path], timeout, cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new PostgresProvisioningException(
                $"Could not give '{path}' to the '{PostgresUser}' user: {result.Output}. Running as root, PostgreSQL runs as that user, " +
                "which the postgresql package creates (apt-get install -y postgresql).");
        }
    }

    /// <summary>True when the server user can enter and write <paramref name="directory"/>.</summary>
    public static async Task<bool> CanUseDirectoryAsync(string directory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!IsRoot)
        {
            return true;
        }

        var result = await RunAsync("test", ["-w", directory, "-a", "-x", directory], timeout, cancellationToken).ConfigureAwait(false);
        return result.ExitCode == 0;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString().TrimEnd();
        }
    }
}
