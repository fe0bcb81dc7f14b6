using System.Globalization;
using DigitalPost.LoadTests.Harness;
using DigitalPost.LoadTests.Harness.Reports;

namespace DigitalPost.LoadTests.Tests.Harness.Reports;

public sealed class ReportWritersTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "load-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Every_format_is_written_into_a_timestamped_folder_named_after_the_scenario()
    {
        var folder = await ReportFolder.WriteAsync(SampleReport(), _folder, CancellationToken.None);

        Assert.Equal("20260301-120000-http-get", Path.GetFileName(folder));
        Assert.Equal(
            ["errors.csv", "metrics.csv", "report.html", "report.md", "summary.csv", "thresholds.csv", "timeseries.csv"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Summary_csv_parses_back_to_the_numbers_of_the_report()
    {
        var report = SampleReport();
        var folder = await ReportFolder.WriteAsync(report, _folder, CancellationToken.None);

        var lines = await File.ReadAllLinesAsync(Path.Combine(folder, "summary.csv"));
        Assert.Equal((byte)'s', (await File.ReadAllBytesAsync(Path.Combine(folder, "summary.csv")))[0]);

        Assert.Equal(CsvReportWriter.SummaryHeader, lines[0]);
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(line => header.Zip(line.Split(',')).ToDictionary(pair => pair.First, pair => pair.Second)).ToList();
        Assert.Equal(2, rows.Count);
        var stats = report.Scenarios[0].Stats;
        Assert.Equal(("http-get", "", stats.Requests, stats.Failed, stats.P99Ms, stats.RequestsPerSecond), (rows[0]["scenario"], rows[0]["step"], long.Parse(rows[0]["requests"], CultureInfo.InvariantCulture), long.Parse(rows[0]["failed"], CultureInfo.InvariantCulture), double.Parse(rows[0]["p99_ms"], CultureInfo.InvariantCulture), double.Parse(rows[0]["rps"], CultureInfo.InvariantCulture)));
        Assert.Equal(("get", 12.5), (rows[1]["step"], double.Parse(rows[1]["p50_ms"], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Time_series_errors_and_thresholds_csv_hold_every_row()
    {
        var folder = await ReportFolder.WriteAsync(SampleReport(), _folder, CancellationToken.None);

        var series = await File.ReadAllLinesAsync(Path.Combine(folder, "timeseries.csv"));
        var errors = await File.ReadAllLinesAsync(Path.Combine(folder, "errors.csv"));
        var thresholds = await File.ReadAllLinesAsync(Path.Combine(folder, "thresholds.csv"));

        Assert.Equal(["http-get,1,90,10,100,10,11,12,13,14", "http-get,2,80,20,100,20,21,22,23,24"], series.Skip(1));
        Assert.Equal(["http-get,,http-503,25,\"Service, \"\"Unavailable\"\"\"", "http-get,,timeout,5,"], errors.Skip(1));
        Assert.Equal(["http-get,p99 < 50 ms,true,30.5,ms", "http-get,error rate < 1 %,false,15,%"], thresholds.Skip(1));
    }

    [Fact]
    public void Html_is_self_contained_with_svg_charts_and_names_the_failed_threshold()
    {
        var html = HtmlReportWriter.Render(SampleReport());

        Assert.Equal(2, CountOf(html, "<svg"));
        Assert.Contains("<polyline", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("error rate &lt; 1 %", html, StringComparison.Ordinal);
        Assert.Contains("FAILED", html, StringComparison.Ordinal);
        Assert.Contains("30.5", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_holds_the_figures_errors_and_thresholds()
    {
        var markdown = MarkdownReportWriter.Render(SampleReport());

        Assert.Contains("| **scenario** | 200 | 170 | 30 | 100.0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| scenario | http-503 | 25 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| error rate < 1 % | 15 % | **FAILED** |", markdown, StringComparison.Ordinal);
        Assert.Contains("Result: FAILED", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_scale_rounds_up_to_one_two_or_five()
    {
        Assert.Equal([1d, 2, 5, 10, 0.5, 200], new[] { 0d, 1.7, 4.2, 9.1, 0.31, 101 }.Select(SvgChart.NiceCeiling));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;

    [Fact]
    public void Reported_figures_appear_in_markdown_html_and_metrics_csv()
    {
        var report = SampleReport();

        Assert.Contains("| recipients/s | 123456.5 recipients/s |", MarkdownReportWriter.Render(report), StringComparison.Ordinal);
        Assert.Contains("<td>recipients/s</td><td class=\"n\">123456.5 recipients/s</td>", HtmlReportWriter.Render(report), StringComparison.Ordinal);
        Assert.Equal(CsvReportWriter.MetricsHeader + "\nhttp-get,recipients/s,123456.5,recipients/s\n", CsvReportWriter.Metrics(report).ReplaceLineEndings("\n"));
    }

    private static RunReport SampleReport()
    {
        var errors = new[] { new ErrorCount("http-503", 25, "Service, \"Unavailable\""), new ErrorCount("timeout", 5, null) };
        var stats = new StatsSummary(200, 170, 30, 4_000, 100, 11.25, 10.5, 12, 20, 30.5, 44, errors);
        var step = new StatsSummary(200, 170, 30, 4_000, 100, 11, 12.5, 13, 21, 31, 45, []);
        var thresholds = new[]
        {
            new ThresholdResult("p99 < 50 ms", true, 30.5, "ms"),
            new ThresholdResult("error rate < 1 %", false, 15, "%"),
        };
        var series = new[]
        {
            new TimeSeriesPoint(1, 90, 10, 100, 10, 11, 12, 13, 14),
            new TimeSeriesPoint(2, 80, 20, 100, 20, 21, 22, 23, 24),
        };
        var scenario = new ScenarioReport("http-get", TimeSpan.FromSeconds(2), stats, [new StepReport("get", step)], series, thresholds)
        {
            Metrics = [new ScenarioMetric("recipients/s", 123456.5, "recipients/s")],
        };
        return new RunReport(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero), TimeSpan.FromSeconds(2), "http://127.0.0.1:5000/", [scenario]);
    }
}
