using System.Globalization;
using Spectre.Console;

namespace DigitalPost.LoadTests.Harness.Progress;

/// <summary>
/// A live Spectre.Console table of the running scenarios (elapsed, requests, requests/s and p50/p99 of the last
/// interval, errors), refreshed until the run completes. Shown only on an interactive terminal outside CI.
/// </summary>
public static class LiveProgress
{
    /// <summary>Whether a live display makes sense: an interactive console, output not redirected, CI not set to true.</summary>
    public static bool ShouldShow(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var ci = Environment.GetEnvironmentVariable("CI");
        var inCi = string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase) || ci == "1";
        return !inCi && !Console.IsOutputRedirected && console.Profile.Capabilities.Interactive;
    }

    /// <summary>Shows the table until <paramref name="running"/> completes, refreshing every <paramref name="refresh"/>.</summary>
    public static async Task ShowAsync(IAnsiConsole console, RunningLoadTest running, TimeSpan refresh, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(running);
        var table = BuildTable(running.Scenarios);
        await console.Live(table).AutoClear(false).StartAsync(async context =>
        {
            while (!running.Completion.IsCompleted)
            {
                try
                {
                    await running.Completion.WaitAsync(refresh, time).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    // A refresh tick.
                }
                catch (Exception) when (running.Completion.IsCompleted)
                {
                    // The run's own failure is reported by whoever awaits it.
                }

                context.UpdateTarget(BuildTable(running.Scenarios));
                context.Refresh();
            }
        }).ConfigureAwait(false);
    }

    /// <summary>The table for the scenarios' current state.</summary>
    public static Table BuildTable(IReadOnlyList<IScenarioProgress> scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var table = new Table().Border(TableBorder.Rounded).Title("load test");
        foreach (var column in new[] { "scenario", "elapsed", "requests", "rps", "p50 ms", "p99 ms", "errors" })
        {
            table.AddColumn(new TableColumn(column) { Alignment = column == "scenario" ? Justify.Left : Justify.Right });
        }

        foreach (var scenario in scenarios)
        {
            var snapshot = scenario.Snapshot();
            var point = scenario.LatestPoint;
            table.AddRow(
                Markup.Escape(scenario.Name) + (scenario.IsCompleted ? " [green](done)[/]" : string.Empty),
                scenario.Elapsed.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture),
                snapshot.Requests.ToString("N0", CultureInfo.InvariantCulture),
                (point?.RequestsPerSecond ?? 0).ToString("N0", CultureInfo.InvariantCulture),
                (point?.P50Ms ?? 0).ToString("0.###", CultureInfo.InvariantCulture),
                (point?.P99Ms ?? 0).ToString("0.###", CultureInfo.InvariantCulture),
                snapshot.Failed == 0 ? "0" : $"[red]{snapshot.Failed.ToString("N0", CultureInfo.InvariantCulture)}[/]");
        }

        return table;
    }
}
