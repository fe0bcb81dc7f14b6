using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace DigitalPost.Silo.Logging;

/// <summary>
/// The silo's console logger: the framework's formatters (<c>Logging:Console:FormatterName</c>, simple by default, with
/// their options) and filters (alias <c>Console</c>), written through a <see cref="BatchingConsoleWriter"/>. Levels at or
/// above <c>LogToStandardErrorThreshold</c> go to standard error at once, as with the framework's console logger.
/// </summary>
[ProviderAlias("Console")]
internal sealed class BatchingConsoleLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentDictionary<string, BatchingConsoleLogger> _loggers = new(StringComparer.Ordinal);
    private readonly IOptionsMonitor<ConsoleLoggerOptions> _options;
    private readonly Dictionary<string, ConsoleFormatter> _formatters;
    private readonly BatchingConsoleWriter _writer;
    private readonly IOptionsMonitor<SimpleConsoleFormatterOptions>? _simpleOptions;
    private readonly bool _colorsOffByDefault;
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    /// <param name="configuration">Read for <see cref="BatchedConsoleLogOptions"/> (<c>Silo:BatchedConsoleLog:*</c>).</param>
    public BatchingConsoleLoggerProvider(IOptionsMonitor<ConsoleLoggerOptions> options, IEnumerable<ConsoleFormatter> formatters, IOptionsMonitor<SimpleConsoleFormatterOptions> simpleOptions, IConfiguration configuration)
        : this(options, formatters, new BatchingConsoleWriter(Console.OpenStandardOutput(), ReadOptions(configuration)), simpleOptions, SimpleLineFormat.ColorsOffByDefault())
    {
    }

    /// <param name="simpleOptions">The simple formatter's options; with <c>null</c> every line goes through the configured formatter.</param>
    /// <param name="colorsOffByDefault">Whether the simple formatter leaves colours out under its default colour behaviour (see <see cref="SimpleLineFormat.ColorsOffByDefault"/>).</param>
    internal BatchingConsoleLoggerProvider(IOptionsMonitor<ConsoleLoggerOptions> options, IEnumerable<ConsoleFormatter> formatters, BatchingConsoleWriter writer, IOptionsMonitor<SimpleConsoleFormatterOptions>? simpleOptions = null, bool colorsOffByDefault = false)
    {
        _options = options;
        _formatters = formatters.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);
        _writer = writer;
        _simpleOptions = simpleOptions;
        _colorsOffByDefault = colorsOffByDefault;
    }

    /// <summary>The writer's limits from <c>Silo:BatchedConsoleLog:*</c> (defaults where absent).</summary>
    internal static BatchedConsoleLogOptions ReadOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new BatchedConsoleLogOptions();
        var section = configuration.GetSection(BatchedConsoleLogOptions.SectionName);
        options.MaxQueuedLines = section.GetValue(nameof(BatchedConsoleLogOptions.MaxQueuedLines), options.MaxQueuedLines);
        options.MaxWriteBytes = section.GetValue(nameof(BatchedConsoleLogOptions.MaxWriteBytes), options.MaxWriteBytes);
        options.Validate();
        return options;
    }

    public ILogger CreateLogger(string categoryName) =>
        _loggers.GetOrAdd(categoryName, name => new BatchingConsoleLogger(name, this));

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() => _writer.Dispose();

    internal IExternalScopeProvider Scopes => _scopes;

    internal BatchingConsoleWriter Writer => _writer;

    internal LogLevel StandardErrorThreshold => _options.CurrentValue.LogToStandardErrorThreshold;

    /// <summary>
    /// Whether lines may be written by <see cref="SimpleLineFormat"/>: the configured formatter is the framework's simple
    /// formatter and its options leave nothing for it to add (options are read each time, so a reload takes effect).
    /// </summary>
    internal bool SimpleFormatApplies =>
        _simpleOptions is not null
        && Formatter is { Name: ConsoleFormatterNames.Simple } formatter
        && formatter.GetType().FullName == "Microsoft.Extensions.Logging.Console.SimpleConsoleFormatter"
        && SimpleLineFormat.Applies(_simpleOptions.CurrentValue, _colorsOffByDefault);

    internal ConsoleFormatter Formatter =>
        _formatters.TryGetValue(_options.CurrentValue.FormatterName ?? ConsoleFormatterNames.Simple, out var formatter)
            ? formatter
            : _formatters[ConsoleFormatterNames.Simple];
}
