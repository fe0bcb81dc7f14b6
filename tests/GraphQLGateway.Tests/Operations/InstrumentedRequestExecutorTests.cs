using DigitalPost.GraphQL.Operations;
using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQLGateway.Operations;
using DigitalPost.Testing.Time;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Tests.Operations;

/// <summary>The request log's duration runs from prepare to the result, carried on the prepared request itself.</summary>
public sealed class InstrumentedRequestExecutorTests
{
    [Fact]
    public async Task The_logged_duration_runs_from_prepare_to_the_result()
    {
        var clock = new ManualTimeProvider();
        var logger = new CapturingLogger();
        using var metrics = new GatewayMetrics();
        var executor = new InstrumentedRequestExecutor(new GraphQLRequestPipeline(Schema()), metrics, logger, clock);

        var prepared = await executor.PrepareAsync(new GraphQLRequestBody { Query = "query Look { hello }" });
        clock.Advance(TimeSpan.FromMilliseconds(1500));
        var result = await executor.ExecuteAsync(prepared);

        Assert.Null(result.Errors);
        Assert.NotNull(prepared.StartedTimestamp);
        Assert.Equal("GraphQL query Look answered in 1500.0 ms: ok ", Assert.Single(logger.Lines));
    }

    [Fact]
    public async Task A_prepared_request_copied_by_a_host_keeps_its_start()
    {
        var clock = new ManualTimeProvider();
        var logger = new CapturingLogger();
        using var metrics = new GatewayMetrics();
        var executor = new InstrumentedRequestExecutor(new GraphQLRequestPipeline(Schema()), metrics, logger, clock);

        var prepared = await executor.PrepareAsync(new GraphQLRequestBody { Query = "{ hello }" });
        clock.Advance(TimeSpan.FromMilliseconds(250));
        await executor.ExecuteAsync(prepared with { Body = prepared.Body with { OperationName = null } });

        Assert.Equal("GraphQL query (anonymous) answered in 250.0 ms: ok ", Assert.Single(logger.Lines));
    }

    [Fact]
    public async Task A_request_prepared_elsewhere_is_timed_from_its_execution()
    {
        var clock = new ManualTimeProvider();
        var logger = new CapturingLogger();
        using var metrics = new GatewayMetrics();
        var pipeline = new GraphQLRequestPipeline(Schema());
        var executor = new InstrumentedRequestExecutor(pipeline, metrics, logger, clock);

        var prepared = await pipeline.PrepareAsync(new GraphQLRequestBody { Query = "{ hello }" });
        clock.Advance(TimeSpan.FromSeconds(5));
        await executor.ExecuteAsync(prepared);

        Assert.Null(prepared.StartedTimestamp);
        Assert.Equal("GraphQL query (anonymous) answered in 0.0 ms: ok ", Assert.Single(logger.Lines));
    }

    [Fact]
    public async Task A_request_error_is_logged_once_at_prepare_with_its_codes()
    {
        var logger = new CapturingLogger();
        using var metrics = new GatewayMetrics();
        var executor = new InstrumentedRequestExecutor(new GraphQLRequestPipeline(Schema()), metrics, logger, new ManualTimeProvider());

        var prepared = await executor.PrepareAsync(new GraphQLRequestBody { Query = "{ nonsense }" });

        Assert.False(prepared.IsValid);
        Assert.Null(prepared.StartedTimestamp);
        Assert.Equal("GraphQL none (anonymous) answered in 0.0 ms: request_error GRAPHQL_VALIDATION_FAILED", Assert.Single(logger.Lines));
    }

    private static Schema Schema() =>
        new SchemaBuilder()
            .AddTypeDefinitions("type Query { hello: String }")
            .BindResolver("Query", "hello", _ => "world")
            .Build();

    private sealed class CapturingLogger : ILogger
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
