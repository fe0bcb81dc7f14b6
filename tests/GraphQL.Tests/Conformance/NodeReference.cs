using System.Diagnostics;
using System.Text;

namespace DigitalPost.GraphQL.Tests.Conformance;

/// <summary>
/// Runs the graphql-js reference scripts of this folder with node, installing the pinned npm packages
/// (<c>npm ci</c>, from package-lock.json) first when node_modules is missing. Node and npm are
/// required: their absence fails the tests instead of skipping them.
/// </summary>
internal static class NodeReference
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Runs <c>node script args</c> in the conformance folder and returns its standard output.</summary>
    public static async Task<string> RunScriptAsync(string script, params string[] arguments)
    {
        await EnsurePackagesAsync();
        var (exitCode, output, error) = await RunAsync("node", [script, .. arguments], ScriptTimeout);
        if (exitCode != 0)
        {
            // The tail of stderr holds the error; the head may echo a large input.
            var tail = error.Length > 4000 ? "..." + error[^4000..] : error;
            throw new InvalidOperationException($"node {script} exited with {exitCode}:\n{tail}");
        }

        return output;
    }

    private static async Task EnsurePackagesAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            var marker = Path.Combine(ConformanceDirectory.Path, "node_modules", "graphql", "package.json");
            if (File.Exists(marker))
            {
                return;
            }

            var (exitCode, output, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], InstallTimeout);
            if (exitCode != 0 || !File.Exists(marker))
            {
                throw new InvalidOperationException($"npm ci failed with {exitCode}:\n{output}\n{error}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string fileName, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = ConformanceDirectory.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"'{fileName}' could not be started ({exception.Message}). The graphql-js conformance tests need Node.js and npm on PATH.",
                exception);
        }

        using (process)
        {
            using var cancellation = new CancellationTokenSource(timeout);
            var output = process.StandardOutput.ReadToEndAsync(cancellation.Token);
            var error = process.StandardError.ReadToEndAsync(cancellation.Token);
            try
            {
                await process.WaitForExitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
            }

            return (process.ExitCode, await output, await error);
        }
    }
}
