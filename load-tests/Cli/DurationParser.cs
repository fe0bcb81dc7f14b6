using System.CommandLine.Parsing;
using System.Globalization;

namespace DigitalPost.LoadTests.Cli;

/// <summary>Reads durations as <c>500ms</c>, <c>30s</c>, <c>2m</c>, <c>1h</c>, a bare number of seconds or <c>hh:mm:ss</c>.</summary>
public static class DurationParser
{
    /// <summary>Parses <paramref name="text"/>, or returns null when it is not a duration.</summary>
    public static TimeSpan? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        (string Suffix, double Seconds)[] units = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)];
        foreach (var (suffix, seconds) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && value >= 0)
            {
                return TimeSpan.FromSeconds(value * seconds);
            }
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var bare) && bare >= 0)
        {
            return TimeSpan.FromSeconds(bare);
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero ? span : null;
    }

    /// <summary>A System.CommandLine parser for duration options: the last token, or an error naming the forms.</summary>
    public static TimeSpan Parse(ArgumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
        if (TryParse(text) is { } value)
        {
            return value;
        }

        result.AddError($"'{text}' is not a duration (use e.g. 500ms, 30s, 2m or hh:mm:ss).");
        return TimeSpan.Zero;
    }
}
