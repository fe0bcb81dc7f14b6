using System.Globalization;
using System.Text;

namespace DigitalPost.LoadTests.Harness.Reports;

/// <summary>Writes <c>report.md</c>: per scenario a table of totals and steps, errors by kind and thresholds.</summary>
public static class MarkdownReportWriter
{
    // No byte-order mark: CSV readers and diff tools take it for part of the first field.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The Markdown text of <paramref name="report"/>.</summary>
    public static string Render(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.AppendLine("# Load test report").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Started: {report.StartedAt:yyyy-MM-dd HH:mm:ss} UTC");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Duration: {report.Duration.TotalSeconds:0.0} s");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Target: {report.Target}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Result: {(report.Passed ? "PASSED" : "FAILED")}").AppendLine();
        foreach (var scenario in report.Scenarios)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"## Scenario `{scenario.Name}`").AppendLine();
            text.AppendLine("| | requests | ok | failed | rps | mean ms | p50 ms | p75 ms | p95 ms | p99 ms | max ms | bytes |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            text.AppendLine(Row("**scenario**", scenario.Stats));
            foreach (var step in scenario.Steps)
            {
                text.AppendLine(Row($"step `{step.Name}`", step.Stats));
            }

            text.AppendLine();
            var errors = scenario.Stats.Errors.Select(error => (Source: "scenario", Error: error))
                .Concat(scenario.Steps.SelectMany(step => step.Stats.Errors.Select(error => (Source: $"step `{step.Name}`", Error: error))))
                .ToList();
            if (errors.Count > 0)
            {
                text.AppendLine("### Errors by kind").AppendLine();
                text.AppendLine("| where | kind | count | sample |").AppendLine("|---|---|---:|---|");
                foreach (var (source, error) in errors)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"| {source} | {Escape(error.Kind)} | {error.Count} | {Escape(error.SampleMessage)} |");
                }

                text.AppendLine();
            }

            if (scenario.Metrics.Count > 0)
            {
                text.AppendLine("### Figures").AppendLine();
                text.AppendLine("| figure | value |").AppendLine("|---|---:|");
                foreach (var metric in scenario.Metrics)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"| {Escape(metric.Name)} | {metric.Value:0.###} {Escape(metric.Unit)} |");
                }

                text.AppendLine();
            }

            if (scenario.Thresholds.Count > 0)
            {
                text.AppendLine("### Thresholds").AppendLine();
                text.AppendLine("| threshold | actual | result |").AppendLine("|---|---:|---|");
                foreach (var threshold in scenario.Thresholds)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"| {Escape(threshold.Description)} | {threshold.Actual:0.###} {threshold.Unit} | {(threshold.Passed ? "passed" : "**FAILED**")} |");
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    /// <summary>Writes <c>report.md</c> into <paramref name="folder"/>.</summary>
    public static Task WriteAsync(RunReport report, string folder, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(Path.Combine(folder, "report.md"), Render(report), Utf8, cancellationToken);

    private static string Row(string label, StatsSummary stats) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {label} | {stats.Requests} | {stats.Ok} | {stats.Failed} | {stats.RequestsPerSecond:0.0} | {stats.MeanMs:0.###} | {stats.P50Ms:0.###} | {stats.P75Ms:0.###} | {stats.P95Ms:0.###} | {stats.P99Ms:0.###} | {stats.MaxMs:0.###} | {stats.Bytes} |");

    private static string Escape(string? text) => (text ?? string.Empty).Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
