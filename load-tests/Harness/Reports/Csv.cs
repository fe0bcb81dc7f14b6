using System.Globalization;

namespace DigitalPost.LoadTests.Harness.Reports;

/// <summary>RFC 4180 fields: quoted when they hold a comma, quote or line break; numbers in the invariant culture.</summary>
internal static class Csv
{
    public static string Field(string? value)
    {
        value ??= string.Empty;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Line(params string[] fields) => string.Join(',', fields);
}
