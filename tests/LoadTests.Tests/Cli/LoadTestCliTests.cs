using DigitalPost.LoadTests.Cli;
using DigitalPost.LoadTests.Harness;
using Spectre.Console;

namespace DigitalPost.LoadTests.Tests.Cli;

public sealed class LoadTestCliTests : IDisposable
{
    private readonly string _reports = Path.Combine(Path.GetTempPath(), "load-tests-cli-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();

    [Fact]
    public async Task Http_get_run_that_meets_its_thresholds_exits_zero_and_writes_the_reports()
    {
        await using var endpoint = await StaticEndpoint.StartAsync("http://127.0.0.1:0", bodyBytes: 13, CancellationToken.None);

        var exitCode = await RunAsync(endpoint, "--threshold-error-pct", "1", "--threshold-p99-ms", "60000");

        Assert.Equal(ExitCodes.Success, exitCode);
        var folder = Assert.Single(Directory.GetDirectories(_reports));
        Assert.EndsWith("-http-get", folder, StringComparison.Ordinal);
        var summary = await File.ReadAllLinesAsync(Path.Combine(folder, "summary.csv"));
        Assert.StartsWith("http-get,,50,50,0,650,", summary[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_threshold_exits_non_zero_and_the_report_names_it()
    {
        await using var endpoint = await StaticEndpoint.StartAsync("http://127.0.0.1:0", bodyBytes: 13, CancellationToken.None);

        var exitCode = await RunAsync(endpoint, "--threshold-rps", "1000000000");

        Assert.Equal(ExitCodes.ThresholdFailed, exitCode);
        var folder = Assert.Single(Directory.GetDirectories(_reports));
        var markdown = await File.ReadAllTextAsync(Path.Combine(folder, "report.md"));
        Assert.Contains("| requests/s ≥ 1000000000 |", markdown, StringComparison.Ordinal);
        Assert.Contains("**FAILED**", markdown, StringComparison.Ordinal);
        Assert.Contains("threshold FAILED", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_duration_is_a_usage_error()
    {
        var exitCode = await LoadTestCli.Build(Console()).Parse(["http-get", "--duration", "soon"]).InvokeAsync(new() { Output = _output, Error = _output });

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.Contains("'soon' is not a duration", _output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _output.Dispose();
        if (Directory.Exists(_reports))
        {
            Directory.Delete(_reports, recursive: true);
        }
    }

    private Task<int> RunAsync(StaticEndpoint endpoint, params string[] extra) =>
        LoadTestCli.Build(Console()).Parse(
        [
            "http-get", "--target", endpoint.Address.ToString(), "--path", "/", "--copies", "2", "--duration", "5m",
            "--max-iterations", "50", "--report-folder", _reports, "--no-progress", .. extra,
        ]).InvokeAsync(new() { Output = _output, Error = _output });

    private IAnsiConsole Console() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Out = new AnsiConsoleOutput(_output),
        Interactive = InteractionSupport.No,
    });
}
