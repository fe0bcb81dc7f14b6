using DigitalPost.GraphQLGateway.Authentication;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Tests.Authentication;

public sealed class GatewayAuthenticationLogTests
{
    [Fact]
    public void Development_how_to_names_the_endpoint_the_body_and_both_ways_to_send_the_token()
    {
        var logger = new CapturingLogger();

        GatewayAuthenticationLog.DevelopmentSignInHowTo(logger, "http://localhost:5000", TimeSpan.FromHours(8));

        var text = Assert.Single(logger.Messages);
        Assert.Contains("curl -s -X POST http://localhost:5000/auth/dev-token -H 'Content-Type: application/json' -d '{\"subject\":\"cpr:0101901234\",\"platform\":\"borger.dk\"}'", text, StringComparison.Ordinal);
        Assert.Contains("'Authorization: Bearer <token>' to http://localhost:5000/graphql", text, StringComparison.Ordinal);
        Assert.Contains("{\"authorization\":\"Bearer <token>\"} in the WebSocket connection_init payload", text, StringComparison.Ordinal);
        Assert.Contains("valid for 08:00:00", text, StringComparison.Ordinal);
    }

    private sealed class CapturingLogger : ILogger
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }
}
