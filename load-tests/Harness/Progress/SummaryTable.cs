using System.Globalization;
using Spectre.Console;

namespace DigitalPost.LoadTests.Harness.Progress;

/// <summary>The end-of-run console summary: totals per scenario and step, errors and thresholds.</summary>
public static class SummaryTable
{
    /// <summary>Writes the summary of <paramref name="report"/> to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, RunReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "scenario / step", "requests", "ok", "failed", "rps", "mean ms", "p50 ms", "p75 ms", "p95 ms", "p99 ms", "max ms" })
        {
            table.AddColumn(new TableColumn(column) { Alignment = column == "scenario / step" ? Justify.Left : Justify.Right });
        }

        foreach (var scenario in report.Scenarios)
        {
            AddRow(table, scenario.Name, scenario.Stats);
            foreach (var step in scenario.Steps)
            {
                AddRow(table, "  " + step.Name, step.Stats);
            }
        }

        console.Write(table);
        foreach (var scenario in report.Scenarios)
        {
            foreach (var error in scenario.Stats.Errors)
            {
                console.MarkupLineInterpolated($"[red]{scenario.Name}: {error.Count} × {error.Kind}[/] {error.SampleMessage ?? string.Empty}");
            }

            foreach (var metric in scenario.Metrics)
            {
                console.MarkupLineInterpolated($"{scenario.Name}: {metric.Name} = {metric.Value.ToString("0.###", CultureInfo.InvariantCulture)} {metric.Unit}");
            }

            foreach (var threshold in scenario.Thresholds)
            {
                var actual = threshold.Actual.ToString("0.###", CultureInfo.InvariantCulture);
                if (threshold.Passed)
                {
                    console.MarkupLineInterpolated($"[green]threshold passed[/] {scenario.Name}: {threshold.Description} (actual {actual} {threshold.Unit})");
                }
                else
                {
                    console.MarkupLineInterpolated($"[red]threshold FAILED[/] {scenario.Name}: {threshold.Description} (actual {actual} {threshold.Unit})");
                }
            }
        }
    }

    private static void AddRow(Table table, string label, StatsSummary stats) => table.AddRow(
        Markup.Escape(label),
        N(stats.Requests),
        N(stats.Ok),
        N(stats.Failed),
        stats.RequestsPerSecond.ToString("N1", CultureInfo.InvariantCulture),
        F(stats.MeanMs),
        F(stats.P50Ms),
        F(stats.P75Ms),
        F(stats.P95Ms),
        F(stats.P99Ms),
        F(stats.MaxMs));

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
