using DigitalPost.Silo.Tests.EndToEnd.Support;

namespace DigitalPost.Silo.Tests.LoadTests;

/// <summary>
/// Each Digital Post load-test command for a few seconds against the in-process silo of the end-to-end fixture (real
/// HTTP, WebSocket and PostgreSQL), on fresh citizens of its own (the seeded world stays untouched). Thresholds are
/// loose on latency (CI machines are slow and shared; figures come from real runs, never from tests) and strict on
/// errors: every request must succeed.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class LoadTestScenarioSmokeTests(EndToEndFixture fixture) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly string _folder = Directory.CreateTempSubdirectory("silo-load-tests-").FullName;

    [Fact]
    public async Task Inbox_storm_lists_and_opens_without_errors()
    {
        var cprs = await FreshCitizensAsync(3);

        var (exitCode, output) = await RunAsync("inbox-storm", cprs, "--users", "3", "--messages-per-user", "2", "--copies", "2", "--duration", "3s");

        Assert.True(exitCode == 0, output);
        Assert.Contains("open-message", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Live_sync_sees_every_event_on_the_other_platform()
    {
        var cprs = await FreshCitizensAsync(2);

        var (exitCode, output) = await RunAsync("live-sync", cprs, "--pairs", "2", "--rate", "20", "--duration", "3s");

        Assert.True(exitCode == 0, output);
        Assert.Contains("event", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mass_send_completes_for_every_recipient()
    {
        var cprs = await FreshCitizensAsync(5);

        var (exitCode, output) = await RunAsync("mass-send", cprs, "--recipients", "5", "--poll-interval", "100ms", "--job-timeout", "2m");

        Assert.True(exitCode == 0, output);
        Assert.Contains("recipients/s", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mixed_measures_the_inbox_during_the_send()
    {
        var cprs = await FreshCitizensAsync(4);

        var (exitCode, output) = await RunAsync(
            "mixed", cprs, "--users", "4", "--messages-per-user", "1", "--rate", "20", "--duration", "5s", "--send-after", "1s", "--recipients", "4", "--poll-interval", "100ms");

        Assert.True(exitCode == 0, output);
        Assert.Contains("during-mass-send", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> FreshCitizensAsync(int count)
    {
        var path = Path.Combine(_folder, "cprs.txt");
        var lines = new List<string>();
        for (var i = 0; i < count; i++)
        {
            lines.Add((await fixture.CreateCitizenAsync("Last", "Test")).Cpr.Value);
        }

        await File.WriteAllLinesAsync(path, lines);
        return path;
    }

    private Task<(int ExitCode, string Output)> RunAsync(string scenario, string cprsFile, params string[] options) =>
        LoadTestHarness.RunAsync(
        [
            scenario, "--target", fixture.BaseAddress.ToString(), "--cprs-file", cprsFile, "--authority", fixture.World.Authority.Id.Value,
            "--report-folder", Path.Combine(_folder, "reports"), "--no-progress",
            // Loose on latency (shared CI machines), strict on errors.
            "--threshold-p99-ms", "60000", "--threshold-error-pct", "0.001",
            .. options,
        ], Patience);
}
