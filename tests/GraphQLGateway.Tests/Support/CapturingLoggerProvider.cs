using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Tests.Support;

/// <summary>
/// Every log line of a test host, as "category[event id] message | structured properties | exception", so a test can
/// assert what was (or, for CPRs and tokens, was never) written anywhere in a line.
/// </summary>
internal sealed class CapturingLoggerProvider(ConcurrentQueue<string> logs) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, logs);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            logs.Enqueue($"{category}[{eventId.Id}] {formatter(state, exception)} | {properties} | {exception}");
        }
    }
}
