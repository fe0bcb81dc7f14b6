using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Operations;

namespace DigitalPost.GraphQL.Tests.Operations;

public sealed class OperationAnalysisCacheTests
{
    [Fact]
    public async Task A_cached_operation_is_analysed_once_and_its_fixed_cost_is_not_estimated_again()
    {
        var pipeline = Pipeline(OperationLimits.None with { MaxDepth = 5, MaxCost = 100 });
        var body = new GraphQLRequestBody { Query = "{ items(first: 5) { id priced { amount } } }" };

        for (var i = 0; i < 3; i++)
        {
            AssertData(await pipeline.ExecuteAsync(body));
        }

        Assert.Equal(1, pipeline.Counters.Analyses);
        Assert.Equal(0, pipeline.Counters.CostEstimates);
        Assert.Equal(2, pipeline.Counters.CacheHits);
    }

    [Fact]
    public async Task A_cached_analysis_still_refuses_every_request_over_the_limits()
    {
        var pipeline = Pipeline(OperationLimits.None with { MaxDepth = 3, MaxCost = 44 });
        var deep = new GraphQLRequestBody { Query = "{ item { children { children { id } } } }" };
        var costly = new GraphQLRequestBody { Query = "{ items(first: 5) { id priced { amount } } }" };

        for (var i = 0; i < 2; i++)
        {
            AssertLimit(await pipeline.ExecuteAsync(deep), OperationErrorCodes.MaxDepthExceeded, "The operation has depth 4, above the maximum depth of 3.");
            AssertLimit(await pipeline.ExecuteAsync(costly), OperationErrorCodes.CostLimitExceeded, "The operation has an estimated cost of 45, above the maximum cost of 44.");
        }

        Assert.Equal(2, pipeline.Counters.Analyses);
    }

    [Fact]
    public async Task A_cost_that_reads_variables_is_estimated_for_each_request_with_its_own_values()
    {
        var pipeline = Pipeline(OperationLimits.None with { MaxCost = 26 });
        const string query = "query Q($n: Int) { items(last: $n) { priced { amount } } }";

        AssertData(await pipeline.ExecuteAsync(new GraphQLRequestBody { Query = query, Variables = new Dictionary<string, object?> { ["n"] = 2 } }));
        AssertLimit(
            await pipeline.ExecuteAsync(new GraphQLRequestBody { Query = query, Variables = new Dictionary<string, object?> { ["n"] = 9 } }),
            OperationErrorCodes.CostLimitExceeded, "The operation has an estimated cost of 81, above the maximum cost of 26.");
        AssertData(await pipeline.ExecuteAsync(new GraphQLRequestBody { Query = query, Variables = new Dictionary<string, object?> { ["n"] = 1 } }));

        Assert.Equal(1, pipeline.Counters.Analyses);
        Assert.Equal(2, pipeline.Counters.CostEstimates);
    }

    [Fact]
    public async Task Each_operation_of_a_document_is_analysed_on_its_own()
    {
        var pipeline = Pipeline(OperationLimits.None with { MaxDepth = 2 });
        const string document = "query Shallow { hello } query Deep { item { children { id } } }";

        for (var i = 0; i < 2; i++)
        {
            AssertData(await pipeline.ExecuteAsync(new GraphQLRequestBody { Query = document, OperationName = "Shallow" }));
            AssertLimit(
                await pipeline.ExecuteAsync(new GraphQLRequestBody { Query = document, OperationName = "Deep" }),
                OperationErrorCodes.MaxDepthExceeded, "The operation has depth 3, above the maximum depth of 2.");
        }

        Assert.Equal(2, pipeline.Counters.Analyses);
    }

    [Fact]
    public async Task Without_limits_nothing_is_analysed()
    {
        var pipeline = Pipeline(OperationLimits.None);
        AssertData(await pipeline.ExecuteAsync(new GraphQLRequestBody { Query = "{ hello }" }));
        Assert.Equal(0, pipeline.Counters.Analyses);
    }

    private static GraphQLRequestPipeline Pipeline(OperationLimits limits) =>
        new(OperationsTestSchema.Build(), new RequestPipelineOptions { Limits = limits });

    private static void AssertLimit(ExecutionResult result, string code, string message)
    {
        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors!);
        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.Message);
    }

    private static void AssertData(ExecutionResult result)
    {
        Assert.True(result.Errors is null, result.ToJson());
        Assert.True(result.HasData);
    }
}
