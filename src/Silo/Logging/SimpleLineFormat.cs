using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Console;

namespace DigitalPost.Silo.Logging;

/// <summary>
/// The framework's simple console format (<c>{level}: {category}[{event id}]</c>, then the message indented by six spaces,
/// every line break in it followed by the same indentation) written directly from the message, for the common
/// configuration in which it has nothing else to add: no timestamp, no scopes, not single-line, no colours, no
/// exception. The framework's formatter writes the same text through a <c>TextWriter</c> piece by piece, which cost
/// about as much as formatting the message itself for a request log line; anything else goes to it
/// (<see cref="BatchingConsoleLogger"/>). Level and event prefixes are kept per category logger.
/// </summary>
internal sealed class SimpleLineFormat
{
    private const string MessagePadding = "      ";
    private static readonly string NewLineWithPadding = Environment.NewLine + MessagePadding;
    private readonly ConcurrentDictionary<(LogLevel Level, int EventId), string> _prefixes = new();
    private readonly string _category;

    public SimpleLineFormat(string category) => _category = category;

    /// <summary>Whether the simple formatter, with <paramref name="options"/>, would write exactly what <see cref="Line"/> writes.</summary>
    public static bool Applies(SimpleConsoleFormatterOptions options, bool colorsOffByDefault) =>
        options.TimestampFormat is null
        && !options.IncludeScopes
        && !options.SingleLine
        && (options.ColorBehavior == LoggerColorBehavior.Disabled || (options.ColorBehavior == LoggerColorBehavior.Default && colorsOffByDefault));

    /// <summary>
    /// Whether the simple formatter leaves colours out under <see cref="LoggerColorBehavior.Default"/> in this process:
    /// standard output is redirected and ANSI codes are not forced on for redirected output.
    /// </summary>
    public static bool ColorsOffByDefault()
    {
        var forced = Environment.GetEnvironmentVariable("DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION");
        return Console.IsOutputRedirected && !(forced is not null && (forced == "1" || forced.Equals("true", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The line for <paramref name="message"/> (null: nothing is written, as with the framework's formatter).</summary>
    public string? Line(LogLevel level, int eventId, string? message)
    {
        if (message is null)
        {
            return null;
        }

        var prefix = _prefixes.GetOrAdd((level, eventId), static (key, category) => LevelText(key.Level) + ": " + category + "[" + key.EventId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]" + Environment.NewLine, _category);
        if (message.Length == 0)
        {
            return prefix;
        }

        var body = message.Contains(Environment.NewLine, StringComparison.Ordinal) ? message.Replace(Environment.NewLine, NewLineWithPadding, StringComparison.Ordinal) : message;
        return string.Concat(prefix, MessagePadding, body, Environment.NewLine);
    }

    private static string LevelText(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };
}
