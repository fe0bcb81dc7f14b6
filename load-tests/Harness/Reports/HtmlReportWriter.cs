using System.Globalization;
using System.Net;
using System.Text;

namespace DigitalPost.LoadTests.Harness.Reports;

/// <summary>
/// Writes <c>report.html</c>: one self-contained page (inline CSS and SVG, no scripts or external files) with
/// per scenario the totals, steps, errors, thresholds and charts of latency percentiles and throughput over time.
/// </summary>
public static class HtmlReportWriter
{
    // No byte-order mark: CSV readers and diff tools take it for part of the first field.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The HTML text of <paramref name="report"/>.</summary>
    public static string Render(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Load test report</title><style>")
            .Append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
            .Append("th,td{border:1px solid #ccc;padding:4px 8px}td.n{text-align:right}.fail{color:#b00;font-weight:bold}.pass{color:#070}")
            .Append("</style></head><body><h1>Load test report</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Started {report.StartedAt:yyyy-MM-dd HH:mm:ss} UTC · duration {report.Duration.TotalSeconds:0.0} s · target {E(report.Target)} · ");
        html.Append(report.Passed ? "<span class=\"pass\">PASSED</span>" : "<span class=\"fail\">FAILED</span>").Append("</p>");
        foreach (var scenario in report.Scenarios)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>Scenario {E(scenario.Name)}</h2>");
            html.Append("<table><tr><th></th><th>requests</th><th>ok</th><th>failed</th><th>rps</th><th>mean ms</th><th>p50 ms</th><th>p75 ms</th><th>p95 ms</th><th>p99 ms</th><th>max ms</th><th>bytes</th></tr>");
            Row(html, "scenario", scenario.Stats);
            foreach (var step in scenario.Steps)
            {
                Row(html, "step " + step.Name, step.Stats);
            }

            html.Append("</table>");
            var errors = scenario.Stats.Errors.Select(error => (Source: "scenario", Error: error))
                .Concat(scenario.Steps.SelectMany(step => step.Stats.Errors.Select(error => (Source: "step " + step.Name, Error: error))))
                .ToList();
            if (errors.Count > 0)
            {
                html.Append("<h3>Errors by kind</h3><table><tr><th>where</th><th>kind</th><th>count</th><th>sample</th></tr>");
                foreach (var (source, error) in errors)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(source)}</td><td>{E(error.Kind)}</td><td class=\"n\">{error.Count}</td><td>{E(error.SampleMessage ?? string.Empty)}</td></tr>");
                }

                html.Append("</table>");
            }

            if (scenario.Metrics.Count > 0)
            {
                html.Append("<h3>Figures</h3><table><tr><th>figure</th><th>value</th></tr>");
                foreach (var metric in scenario.Metrics)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(metric.Name)}</td><td class=\"n\">{metric.Value:0.###} {E(metric.Unit)}</td></tr>");
                }

                html.Append("</table>");
            }

            if (scenario.Thresholds.Count > 0)
            {
                html.Append("<h3>Thresholds</h3><table><tr><th>threshold</th><th>actual</th><th>result</th></tr>");
                foreach (var threshold in scenario.Thresholds)
                {
                    var verdict = threshold.Passed ? "<span class=\"pass\">passed</span>" : "<span class=\"fail\">FAILED</span>";
                    html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(threshold.Description)}</td><td class=\"n\">{threshold.Actual:0.###} {E(threshold.Unit)}</td><td>{verdict}</td></tr>");
                }

                html.Append("</table>");
            }

            var series = scenario.TimeSeries;
            html.Append("<div>").Append(SvgChart.Render(
                $"{scenario.Name}: latency over time",
                "elapsed (s)",
                "latency (ms)",
                [
                    new SvgChart.Series("p50", "#1f77b4", [.. series.Select(point => (point.ElapsedSeconds, point.P50Ms))]),
                    new SvgChart.Series("p95", "#ff7f0e", [.. series.Select(point => (point.ElapsedSeconds, point.P95Ms))]),
                    new SvgChart.Series("p99", "#d62728", [.. series.Select(point => (point.ElapsedSeconds, point.P99Ms))]),
                ])).Append("</div><div>");
            html.Append(SvgChart.Render(
                $"{scenario.Name}: throughput over time",
                "elapsed (s)",
                "requests/s",
                [
                    new SvgChart.Series("requests/s", "#2ca02c", [.. series.Select(point => (point.ElapsedSeconds, point.RequestsPerSecond))]),
                    new SvgChart.Series("failed/s", "#b00", [.. series.Select(point => (point.ElapsedSeconds, point.RequestsPerSecond * point.Failed / Math.Max(1, point.Ok + point.Failed)))]),
                ])).Append("</div>");
        }

        return html.Append("</body></html>").ToString();
    }

    /// <summary>Writes <c>report.html</c> into <paramref name="folder"/>.</summary>
    public static Task WriteAsync(RunReport report, string folder, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(Path.Combine(folder, "report.html"), Render(report), Utf8, cancellationToken);

    private static void Row(StringBuilder html, string label, StatsSummary stats) => html.Append(
        CultureInfo.InvariantCulture,
        $"<tr><td>{E(label)}</td><td class=\"n\">{stats.Requests}</td><td class=\"n\">{stats.Ok}</td><td class=\"n\">{stats.Failed}</td><td class=\"n\">{stats.RequestsPerSecond:0.0}</td><td class=\"n\">{stats.MeanMs:0.###}</td><td class=\"n\">{stats.P50Ms:0.###}</td><td class=\"n\">{stats.P75Ms:0.###}</td><td class=\"n\">{stats.P95Ms:0.###}</td><td class=\"n\">{stats.P99Ms:0.###}</td><td class=\"n\">{stats.MaxMs:0.###}</td><td class=\"n\">{stats.Bytes}</td></tr>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
