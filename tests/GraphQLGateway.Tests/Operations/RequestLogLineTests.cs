using System.Globalization;
using DigitalPost.GraphQLGateway.Operations;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Tests.Operations;

public sealed class RequestLogLineTests
{
    [Theory]
    [InlineData("query", "ListInbox", 0.04166, "ok", "", false)]
    [InlineData("mutation", "", 1234.56, "error", "FORBIDDEN,NOT_FOUND", false)]
    [InlineData("query", "ListInbox", 12.25, "ok", "", true)]
    public void Text_and_properties_are_those_of_the_message_template_whatever_the_culture(string type, string name, double ms, string outcome, string codes, bool cached)
    {
        var template = cached ? RequestLogLine.CachedTemplate : RequestLogLine.Template;
        var reference = new ReferenceState();
        LoggerMessage.Define<string, string, double, string, string>(LogLevel.Information, new EventId(1), template)(reference, type, name, ms, outcome, codes, null);
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("da-DK");
        try
        {
            var line = new RequestLogLine(type, name, ms, outcome, codes, cached);

            Assert.Equal(reference.Text, line.ToString());
            Assert.Equal(reference.Properties, line.ToList());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    /// <summary>What the framework's template formatter makes of the same values (text and structured properties).</summary>
    private sealed class ReferenceState : ILogger
    {
        public string? Text { get; private set; }

        public List<KeyValuePair<string, object?>> Properties { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Text = formatter(state, exception);
            Properties.AddRange((IEnumerable<KeyValuePair<string, object?>>)state!);
        }
    }
}
