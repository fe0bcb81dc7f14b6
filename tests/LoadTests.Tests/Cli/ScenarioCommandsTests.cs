using DigitalPost.LoadTests.Cli;
using DigitalPost.LoadTests.Harness;
using DigitalPost.LoadTests.Scenarios;
using DigitalPost.LoadTests.Scenarios.InboxStorm;
using DigitalPost.LoadTests.Scenarios.LiveSync;
using DigitalPost.LoadTests.Scenarios.MassSend;
using DigitalPost.LoadTests.Scenarios.Mixed;
using DigitalPost.LoadTests.Tests.Fakes;
using Spectre.Console;

namespace DigitalPost.LoadTests.Tests.Cli;

/// <summary>The Digital Post commands end to end through the command line, against the fake gateway (the CI smokes without a silo).</summary>
public sealed class ScenarioCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "load-tests-scenarios-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();

    public ScenarioCommandsTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllLines(CprsFile, ["# seeded citizens", "0101901234", "020290-2345", "0303903456", "0404904567"]);
    }

    private string CprsFile => Path.Combine(_folder, "cprs.txt");

    private string Reports => Path.Combine(_folder, "reports");

    [Fact]
    public async Task Inbox_storm_command_runs_and_writes_its_steps()
    {
        await using var gateway = await FakeGateway.StartAsync();

        var exitCode = await RunAsync(gateway, "inbox-storm", "--users", "3", "--copies", "2", "--max-iterations", "12", "--threshold-p99-ms", "60000");

        Assert.Equal(ExitCodes.Success, exitCode);
        var summary = await SummaryAsync();
        Assert.Contains(summary, line => line.StartsWith("inbox-storm,list-inbox,12,12,0,", StringComparison.Ordinal));
        Assert.Contains(summary, line => line.StartsWith("inbox-storm,open-message,12,12,0,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Live_sync_command_reports_the_event_step_and_judges_it()
    {
        await using var gateway = await FakeGateway.StartAsync();

        var exitCode = await RunAsync(gateway, "live-sync", "--pairs", "2", "--rate", "100", "--max-iterations", "10", "--threshold-p99-ms", "60000");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains(await SummaryAsync(), line => line.StartsWith("live-sync,event,10,10,0,", StringComparison.Ordinal));
        var thresholds = await File.ReadAllTextAsync(Path.Combine(Assert.Single(Directory.GetDirectories(Reports)), "thresholds.csv"));
        Assert.Contains("live-sync,step event: p99 < 60000 ms,true,", thresholds, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mass_send_command_reports_its_figures()
    {
        await using var gateway = await FakeGateway.StartAsync();

        var exitCode = await RunAsync(gateway, "mass-send", "--recipients", "4", "--poll-interval", "10ms");

        Assert.Equal(ExitCodes.Success, exitCode);
        var metrics = await File.ReadAllLinesAsync(Path.Combine(Assert.Single(Directory.GetDirectories(Reports)), "metrics.csv"));
        Assert.Contains("mass-send,recipients,4,recipients", metrics);
        Assert.Contains(metrics, line => line.StartsWith("mass-send,recipients/s,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mixed_command_measures_inbox_iterations_while_the_send_runs()
    {
        await using var gateway = await FakeGateway.StartAsync();
        gateway.PollsBeforeEnd = 0;
        gateway.InboxRequestsBeforeJobEnds = 3;

        var exitCode = await RunAsync(
            gateway, "mixed", "--users", "4", "--messages-per-user", "1", "--rate", "50", "--duration", "2s", "--send-after", "0",
            "--recipients", "4", "--poll-interval", "10ms", "--threshold-p99-ms", "60000");

        Assert.Equal(ExitCodes.Success, exitCode);
        var summary = await SummaryAsync();
        var during = Assert.Single(summary, line => line.StartsWith("inbox-storm,during-mass-send,", StringComparison.Ordinal));
        Assert.True(long.Parse(during.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Contains(summary, line => line.StartsWith("mass-send,,1,1,0,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_population_ends_the_run_with_the_run_failed_code_and_says_what_to_do()
    {
        await using var gateway = await FakeGateway.StartAsync();

        var exitCode = await LoadTestCli.Build(Console(), Scenarios()).Parse(
            ["inbox-storm", "--target", gateway.Address.ToString(), "--postgres-data-directory", Path.Combine(_folder, "no-cluster"), "--report-folder", Reports, "--no-progress"])
            .InvokeAsync(new() { Output = _output, Error = _output });

        Assert.Equal(ExitCodes.RunFailed, exitCode);
        Assert.Contains("No running PostgreSQL", _output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _output.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<string[]> SummaryAsync() =>
        await File.ReadAllLinesAsync(Path.Combine(Assert.Single(Directory.GetDirectories(Reports)), "summary.csv"));

    private Task<int> RunAsync(FakeGateway gateway, string command, params string[] extra) =>
        LoadTestCli.Build(Console(), Scenarios()).Parse(
        [
            command, "--target", gateway.Address.ToString(), "--cprs-file", CprsFile, "--report-folder", Reports, "--no-progress", .. extra,
        ]).InvokeAsync(new() { Output = _output, Error = _output });

    private static IReadOnlyList<ILoadScenario> Scenarios() =>
    [
        new InboxStormScenario { Log = TextWriter.Null },
        new LiveSyncScenario { Log = TextWriter.Null },
        new MassSendScenario { Log = TextWriter.Null },
        new MixedScenario { Log = TextWriter.Null },
    ];

    private IAnsiConsole Console() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Out = new AnsiConsoleOutput(_output),
        Interactive = InteractionSupport.No,
    });
}
