using System.Text;

namespace DigitalPost.LoadTests.Harness.Reports;

/// <summary>
/// Writes the CSV files of a run: <c>summary.csv</c> (a row per scenario and per step), <c>errors.csv</c>,
/// <c>timeseries.csv</c>, <c>thresholds.csv</c> and <c>metrics.csv</c> (figures scenarios reported). Latencies in milliseconds, invariant culture.
/// </summary>
public static class CsvReportWriter
{
    // No byte-order mark: CSV readers and diff tools take it for part of the first field.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Header of <c>summary.csv</c>.</summary>
    public const string SummaryHeader = "scenario,step,requests,ok,failed,bytes,rps,mean_ms,p50_ms,p75_ms,p95_ms,p99_ms,max_ms,error_pct";

    /// <summary>Header of <c>timeseries.csv</c>.</summary>
    public const string TimeSeriesHeader = "scenario,elapsed_s,ok,failed,rps,p50_ms,p75_ms,p95_ms,p99_ms,max_ms";

    /// <summary>Header of <c>errors.csv</c>.</summary>
    public const string ErrorsHeader = "scenario,step,kind,count,sample_message";

    /// <summary>Header of <c>thresholds.csv</c>.</summary>
    public const string ThresholdsHeader = "scenario,threshold,passed,actual,unit";

    /// <summary>Header of <c>metrics.csv</c>.</summary>
    public const string MetricsHeader = "scenario,metric,value,unit";

    /// <summary>Writes the five files into <paramref name="folder"/>.</summary>
    public static async Task WriteAsync(RunReport report, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        await File.WriteAllTextAsync(Path.Combine(folder, "summary.csv"), Summary(report), Utf8, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(folder, "errors.csv"), Errors(report), Utf8, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(folder, "timeseries.csv"), TimeSeries(report), Utf8, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(folder, "thresholds.csv"), Thresholds(report), Utf8, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(folder, "metrics.csv"), Metrics(report), Utf8, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The contents of <c>metrics.csv</c>.</summary>
    public static string Metrics(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder().AppendLine(MetricsHeader);
        foreach (var scenario in report.Scenarios)
        {
            foreach (var metric in scenario.Metrics)
            {
                text.AppendLine(Csv.Line(Csv.Field(scenario.Name), Csv.Field(metric.Name), Csv.Number(metric.Value), Csv.Field(metric.Unit)));
            }
        }

        return text.ToString();
    }

    /// <summary>The contents of <c>summary.csv</c>.</summary>
    public static string Summary(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder().AppendLine(SummaryHeader);
        foreach (var scenario in report.Scenarios)
        {
            text.AppendLine(SummaryLine(scenario.Name, string.Empty, scenario.Stats));
            foreach (var step in scenario.Steps)
            {
                text.AppendLine(SummaryLine(scenario.Name, step.Name, step.Stats));
            }
        }

        return text.ToString();
    }

    /// <summary>The contents of <c>errors.csv</c>.</summary>
    public static string Errors(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder().AppendLine(ErrorsHeader);
        foreach (var scenario in report.Scenarios)
        {
            var sources = new[] { (Step: string.Empty, scenario.Stats) }.Concat(scenario.Steps.Select(step => (Step: step.Name, step.Stats)));
            foreach (var (step, stats) in sources)
            {
                foreach (var error in stats.Errors)
                {
                    text.AppendLine(Csv.Line(Csv.Field(scenario.Name), Csv.Field(step), Csv.Field(error.Kind), Csv.Number(error.Count), Csv.Field(error.SampleMessage)));
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The contents of <c>timeseries.csv</c>.</summary>
    public static string TimeSeries(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder().AppendLine(TimeSeriesHeader);
        foreach (var scenario in report.Scenarios)
        {
            foreach (var point in scenario.TimeSeries)
            {
                text.AppendLine(Csv.Line(
                    Csv.Field(scenario.Name),
                    Csv.Number(point.ElapsedSeconds),
                    Csv.Number(point.Ok),
                    Csv.Number(point.Failed),
                    Csv.Number(point.RequestsPerSecond),
                    Csv.Number(point.P50Ms),
                    Csv.Number(point.P75Ms),
                    Csv.Number(point.P95Ms),
                    Csv.Number(point.P99Ms),
                    Csv.Number(point.MaxMs)));
            }
        }

        return text.ToString();
    }

    /// <summary>The contents of <c>thresholds.csv</c>.</summary>
    public static string Thresholds(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder().AppendLine(ThresholdsHeader);
        foreach (var scenario in report.Scenarios)
        {
            foreach (var threshold in scenario.Thresholds)
            {
                text.AppendLine(Csv.Line(Csv.Field(scenario.Name), Csv.Field(threshold.Description), threshold.Passed ? "true" : "false", Csv.Number(threshold.Actual), Csv.Field(threshold.Unit)));
            }
        }

        return text.ToString();
    }

    private static string SummaryLine(string scenario, string step, StatsSummary stats) => Csv.Line(
        Csv.Field(scenario),
        Csv.Field(step),
        Csv.Number(stats.Requests),
        Csv.Number(stats.Ok),
        Csv.Number(stats.Failed),
        Csv.Number(stats.Bytes),
        Csv.Number(stats.RequestsPerSecond),
        Csv.Number(stats.MeanMs),
        Csv.Number(stats.P50Ms),
        Csv.Number(stats.P75Ms),
        Csv.Number(stats.P95Ms),
        Csv.Number(stats.P99Ms),
        Csv.Number(stats.MaxMs),
        Csv.Number(stats.ErrorPercent));
}
