using System.Diagnostics;
using System.Text;

namespace DigitalPost.Silo.Tests.LoadTests;

/// <summary>
/// Runs the load-test program (<c>load-tests</c>, built for the test's configuration) as a process, so these smoke
/// tests exercise exactly what a performance engineer runs, without Silo.Tests referencing the harness. The
/// program is (re)built once per test run when it is missing or older than its sources.
/// </summary>
internal static class LoadTestHarness
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly SemaphoreSlim BuildLock = new(1, 1);
    private static string? _built;

    /// <summary>Runs <c>DigitalPost.LoadTests &lt;arguments&gt;</c>; returns the exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> arguments, TimeSpan timeout)
    {
        var program = await EnsureBuiltAsync();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No live table, wide summary.
        start.Environment["CI"] = "true";
        return await RunProcessAsync(start, timeout);
    }

    private static async Task<string> EnsureBuiltAsync()
    {
        await BuildLock.WaitAsync();
        try
        {
            if (_built is not null)
            {
                return _built;
            }

            var root = RepositoryRoot();
            var project = Path.Combine(root, "load-tests");
            var program = Path.Combine(project, "bin", Configuration, "net10.0", "DigitalPost.LoadTests.dll");
            var newestSource = Directory.EnumerateFiles(project, "*", SearchOption.AllDirectories)
                .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !path.Contains($"{Path.DirectorySeparatorChar}reports{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Max(File.GetLastWriteTimeUtc);
            if (!File.Exists(program) || File.GetLastWriteTimeUtc(program) < newestSource)
            {
                var build = new ProcessStartInfo("dotnet", ["build", project, "-c", Configuration, "-nologo", "-v", "quiet"])
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                };
                var (exitCode, output) = await RunProcessAsync(build, TimeSpan.FromMinutes(5));
                Assert.True(exitCode == 0, "building load-tests failed:\n" + output);
            }

            return _built = program;
        }
        finally
        {
            BuildLock.Release();
        }
    }

    private static async Task<(int ExitCode, string Output)> RunProcessAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            output.AppendLine($"(killed after {timeout})");
        }

        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DigitalPost.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("DigitalPost.sln not found above " + AppContext.BaseDirectory);
    }
}
