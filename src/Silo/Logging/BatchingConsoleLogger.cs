using Microsoft.Extensions.Logging.Abstractions;

namespace DigitalPost.Silo.Logging;

/// <summary>One category of <see cref="BatchingConsoleLoggerProvider"/>: formats on the logging thread, writes through the batching writer.</summary>
internal sealed class BatchingConsoleLogger(string category, BatchingConsoleLoggerProvider provider) : ILogger
{
    /// <summary>A formatting buffer per thread, so a log line costs its text and nothing else.</summary>
    [ThreadStatic]
    private static StringWriter? t_buffer;

    private readonly SimpleLineFormat _simple = new(category);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => provider.Scopes.Push(state);

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        ArgumentNullException.ThrowIfNull(formatter);
        string text;
        if (exception is null && provider.SimpleFormatApplies)
        {
            // The simple formatter's text, written directly (SimpleLineFormat says when that is exact).
            if (_simple.Line(logLevel, eventId.Id, formatter(state, null)) is not { } line)
            {
                return;
            }

            text = line;
        }
        else
        {
            var buffer = t_buffer ??= new StringWriter();
            provider.Formatter.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter), provider.Scopes, buffer);
            var builder = buffer.GetStringBuilder();
            if (builder.Length == 0)
            {
                return;
            }

            text = builder.ToString();
            builder.Clear();
            if (builder.Capacity > 4096)
            {
                builder.Capacity = 1024;
            }
        }

        if (logLevel >= provider.StandardErrorThreshold)
        {
            Console.Error.Write(text);
            return;
        }

        provider.Writer.Write(text);
    }
}
