using System.Globalization;
using System.Net;
using System.Text;

namespace DigitalPost.LoadTests.Harness.Reports;

/// <summary>
/// A self-contained SVG line chart (no scripts): several series over a shared x axis, with grid lines, axis
/// labels and a legend. Used for latency percentiles and throughput over time.
/// </summary>
public static class SvgChart
{
    private const int Width = 860;
    private const int Height = 280;
    private const int Left = 64;
    private const int Right = 150;
    private const int Top = 28;
    private const int Bottom = 40;
    private const int GridLines = 5;

    /// <summary>One line of the chart.</summary>
    public sealed record Series(string Name, string Color, IReadOnlyList<(double X, double Y)> Points);

    /// <summary>Renders <paramref name="series"/> as an <c>&lt;svg&gt;</c> element titled <paramref name="title"/>.</summary>
    public static string Render(string title, string xLabel, string yLabel, IReadOnlyList<Series> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var points = series.SelectMany(line => line.Points).ToList();
        var maxX = points.Count == 0 ? 1 : Math.Max(points.Max(point => point.X), 1e-9);
        var maxY = NiceCeiling(points.Count == 0 ? 1 : points.Max(point => point.Y));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double Px(double x) => Left + (x / maxX * plotWidth);
        double Py(double y) => Top + plotHeight - (y / maxY * plotHeight);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"16\" font-size=\"13\" font-weight=\"bold\">{Encode(title)}</text>");
        for (var i = 0; i <= GridLines; i++)
        {
            var value = maxY * i / GridLines;
            var y = Py(value);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Left + plotWidth}\" y2=\"{y:0.#}\" stroke=\"#ddd\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Label(value)}</text>");
        }

        for (var i = 0; i <= GridLines; i++)
        {
            var value = maxX * i / GridLines;
            var x = Px(value);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{Top + plotHeight + 16}\" text-anchor=\"middle\">{Label(value)}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Left + plotWidth}\" y2=\"{Top + plotHeight}\" stroke=\"#333\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + plotHeight}\" stroke=\"#333\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + (plotWidth / 2)}\" y=\"{Height - 6}\" text-anchor=\"middle\">{Encode(xLabel)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"14\" y=\"{Top + (plotHeight / 2)}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {Top + (plotHeight / 2)})\">{Encode(yLabel)}</text>");

        for (var i = 0; i < series.Count; i++)
        {
            var line = series[i];
            if (line.Points.Count > 0)
            {
                var path = string.Join(' ', line.Points.Select(point => string.Create(CultureInfo.InvariantCulture, $"{Px(point.X):0.##},{Py(point.Y):0.##}")));
                svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{line.Color}\" stroke-width=\"1.8\" points=\"{path}\"/>");
            }

            var legendY = Top + 10 + (i * 18);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Width - Right + 14}\" y=\"{legendY - 8}\" width=\"12\" height=\"4\" fill=\"{line.Color}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right + 32}\" y=\"{legendY}\">{Encode(line.Name)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The smallest 1, 2 or 5 times a power of ten at or above <paramref name="value"/> (1 for nothing).</summary>
    internal static double NiceCeiling(double value)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1d, 2d, 5d, 10d })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }

    private static string Label(double value) => value.ToString(value >= 100 ? "0" : value >= 10 ? "0.#" : "0.##", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
