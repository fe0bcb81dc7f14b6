using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Operations;
using DigitalPost.GraphQL.Tests.Execution;

namespace DigitalPost.GraphQL.Tests.Operations;

public sealed class RequestPipelineTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Prepare_tells_the_operation_type_before_execution()
    {
        var pipeline = new GraphQLRequestPipeline(OperationsTestSchema.Build());
        var prepared = await pipeline.PrepareAsync(new GraphQLRequestBody { Query = "query Q { hello } mutation M { touch }", OperationName = "M" });

        Assert.True(prepared.IsValid);
        Assert.Equal(OperationType.Mutation, prepared.OperationType);
        Assert.Equal("{\"data\":{\"touch\":1}}", (await pipeline.ExecuteAsync(prepared)).ToJson());
    }

    [Fact]
    public async Task Syntax_errors_carry_the_parse_code_and_location()
    {
        var result = await new GraphQLRequestPipeline(OperationsTestSchema.Build()).ExecuteAsync(new GraphQLRequestBody { Query = "{ hello" });
        var error = Assert.Single(result.Errors!);
        Assert.False(result.HasData);
        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
        Assert.Equal(new ErrorLocation(1, 8), Assert.Single(error.Locations!));
    }

    [Fact]
    public async Task Validation_errors_come_from_the_specified_rules()
    {
        var result = await new GraphQLRequestPipeline(OperationsTestSchema.Build()).ExecuteAsync(new GraphQLRequestBody { Query = "{ item }" });
        var error = Assert.Single(result.Errors!);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal("Field \"item\" of type \"Item\" must have a selection of subfields. Did you mean \"item { ... }\"?", error.Message);
    }

    [Fact]
    public async Task Unknown_operation_name_is_a_request_error()
    {
        var result = await new GraphQLRequestPipeline(OperationsTestSchema.Build()).ExecuteAsync(new GraphQLRequestBody { Query = "query A { hello }", OperationName = "B" });
        var error = Assert.Single(result.Errors!);
        Assert.Equal(ErrorCodes.OperationResolutionFailure, error.Code);
        Assert.Equal("Unknown operation named \"B\".", error.Message);
    }

    [Fact]
    public async Task Missing_query_is_a_request_error()
    {
        var result = await new GraphQLRequestPipeline(OperationsTestSchema.Build()).ExecuteAsync(new GraphQLRequestBody());
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Introspection_switch_of_the_executor_is_honoured()
    {
        var pipeline = new GraphQLRequestPipeline(OperationsTestSchema.Build(), new RequestPipelineOptions { Execution = new ExecutionOptions { EnableIntrospection = false } });
        var result = await pipeline.ExecuteAsync(new GraphQLRequestBody { Query = "{ __schema { queryType { name } } }" });
        Assert.Contains(result.Errors!, e => e.Code == ErrorCodes.IntrospectionDisabled);
        var typename = await pipeline.ExecuteAsync(new GraphQLRequestBody { Query = "{ __typename }" });
        Assert.Equal("{\"data\":{\"__typename\":\"Query\"}}", typename.ToJson());
    }

    [Fact]
    public async Task Timeout_of_the_executor_is_honoured()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = new TestTimeProvider();
        var pipeline = new GraphQLRequestPipeline(OperationsTestSchema.Build(started), new RequestPipelineOptions
        {
            Execution = new ExecutionOptions { Timeout = TimeSpan.FromSeconds(2), TimeProvider = clock },
        });
        var running = pipeline.ExecuteAsync(new GraphQLRequestBody { Query = "{ slow }" }).AsTask();
        await started.Task.WaitAsync(HangGuard);

        clock.Advance(TimeSpan.FromSeconds(2));
        var result = await running.WaitAsync(HangGuard);

        Assert.Equal(ErrorCodes.Timeout, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Subscribe_with_a_query_gives_its_single_result()
    {
        var result = await new GraphQLRequestPipeline(OperationsTestSchema.Build()).SubscribeAsync(new GraphQLRequestBody { Query = "{ hello }" });
        Assert.False(result.IsStream);
        Assert.Equal("{\"data\":{\"hello\":\"world\"}}", result.Single!.ToJson());
    }

    [Fact]
    public async Task Variables_and_context_reach_the_resolvers()
    {
        var schema = new DigitalPost.GraphQL.Types.SchemaBuilder()
            .AddTypeDefinitions("type Query { echo(text: String): String }")
            .BindResolver("Query", "echo", ctx => ctx.Argument<string>("text") + "/" + ctx.UserContext)
            .Build();
        var result = await new GraphQLRequestPipeline(schema).ExecuteAsync(
            new GraphQLRequestBody { Query = "query Q($t: String) { echo(text: $t) }", Variables = new Dictionary<string, object?> { ["t"] = "hi" } },
            new GraphQLRequestContext { Context = "web" });
        Assert.Equal("{\"data\":{\"echo\":\"hi/web\"}}", result.ToJson());
    }

    [Fact]
    public async Task A_chain_of_thousands_of_fragments_gets_a_response_not_a_crash()
    {
        var builder = new System.Text.StringBuilder("{ item { ...F0 } }\n");
        for (var i = 0; i < 11_999; i++)
        {
            builder.Append($"fragment F{i} on Item {{ ...F{i + 1} }}\n");
        }

        builder.Append("fragment F11999 on Item { id }\n");
        var pipeline = new GraphQLRequestPipeline(OperationsTestSchema.Build());

        var result = await Task.Run(() => pipeline.ExecuteAsync(new GraphQLRequestBody { Query = builder.ToString() }).AsTask());

        Assert.True(result.Errors is null || result.Errors.All(e => e.Code is not null), result.ToJson());
    }
}
