using System.Globalization;
using System.Text;

namespace DigitalPost.LoadTests.Harness.Reports;

/// <summary>Writes every report format of a run into <c>&lt;base&gt;/&lt;yyyyMMdd-HHmmss&gt;-&lt;name&gt;/</c>.</summary>
public static class ReportFolder
{
    /// <summary>Creates the run's folder under <paramref name="baseFolder"/>, writes the reports and returns the folder.</summary>
    public static async Task<string> WriteAsync(RunReport report, string baseFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var name = string.Join('+', report.Scenarios.Select(scenario => scenario.Name));
        var folder = Path.Combine(baseFolder, $"{report.StartedAt.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{Sanitize(name)}");
        Directory.CreateDirectory(folder);
        await MarkdownReportWriter.WriteAsync(report, folder, cancellationToken).ConfigureAwait(false);
        await HtmlReportWriter.WriteAsync(report, folder, cancellationToken).ConfigureAwait(false);
        await CsvReportWriter.WriteAsync(report, folder, cancellationToken).ConfigureAwait(false);
        return folder;
    }

    private static string Sanitize(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var text = new StringBuilder(name.Length);
        foreach (var character in name)
        {
            text.Append(invalid.Contains(character) || char.IsWhiteSpace(character) ? '_' : character);
        }

        return text.Length == 0 ? "run" : text.ToString();
    }
}
