using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Operations;

namespace DigitalPost.GraphQL.Tests.Operations;

public sealed class OperationLimitsTests
{
    [Fact]
    public async Task Depth_above_the_limit_is_refused_with_the_observed_depth()
    {
        var result = await Run("{ item { children { children { id } } } }", OperationLimits.None with { MaxDepth = 3 });
        AssertLimit(result, OperationErrorCodes.MaxDepthExceeded, "The operation has depth 4, above the maximum depth of 3.");
    }

    [Fact]
    public async Task Depth_at_the_limit_runs() =>
        AssertData(await Run("{ item { children { children { id } } } }", OperationLimits.None with { MaxDepth = 4 }));

    [Fact]
    public async Task Depth_counts_fields_inside_fragments() =>
        AssertLimit(
            await Run("{ ...Q } fragment Q on Query { item { ...I } } fragment I on Item { children { id } }", OperationLimits.None with { MaxDepth = 2 }),
            OperationErrorCodes.MaxDepthExceeded, "The operation has depth 3, above the maximum depth of 2.");

    [Fact]
    public async Task Depth_counts_introspection_fields() =>
        AssertLimit(
            await Run("{ __schema { types { fields { type { name } } } } }", OperationLimits.None with { MaxDepth = 4 }),
            OperationErrorCodes.MaxDepthExceeded, "The operation has depth 5, above the maximum depth of 4.");

    [Fact]
    public async Task The_default_depth_limit_lets_the_full_introspection_query_through()
    {
        var result = await Run(DigitalPost.GraphQL.Introspection.IntrospectionQuery.Text, OperationLimits.Default);
        AssertData(result);
    }

    [Fact]
    public async Task Aliases_above_the_limit_are_refused() =>
        AssertLimit(
            await Run("{ a: hello b: hello c: hello }", OperationLimits.None with { MaxAliases = 2 }),
            OperationErrorCodes.MaxAliasesExceeded, "The operation uses 3 aliases, above the maximum of 2.");

    [Fact]
    public async Task Aliases_repeated_through_fragments_count_each_time() =>
        AssertLimit(
            await Run("{ item { ...F ...F } other: item { ...F } } fragment F on Item { x: id }", OperationLimits.None with { MaxAliases = 3 }),
            OperationErrorCodes.MaxAliasesExceeded, "The operation uses 4 aliases, above the maximum of 3.");

    [Fact]
    public async Task Aliases_at_the_limit_run() =>
        AssertData(await Run("{ a: hello b: hello }", OperationLimits.None with { MaxAliases = 2 }));

    [Fact]
    public async Task Root_fields_above_the_limit_are_refused() =>
        AssertLimit(
            await Run("{ hello item { id } ...R } fragment R on Query { expensive }", OperationLimits.None with { MaxRootFields = 2 }),
            OperationErrorCodes.MaxRootFieldsExceeded, "The operation selects 3 root fields, above the maximum of 2.");

    [Fact]
    public async Task Cost_uses_weights_from_fields_and_types_and_the_first_argument() =>
        AssertLimit(
            await Run("{ items(first: 5) { id priced { amount } } }", OperationLimits.None with { MaxCost = 44 }),
            OperationErrorCodes.CostLimitExceeded, "The operation has an estimated cost of 45, above the maximum cost of 44.");

    [Fact]
    public async Task Cost_at_the_limit_runs() =>
        AssertData(await Run("{ items(first: 5) { id priced { amount } } }", OperationLimits.None with { MaxCost = 45 }));

    [Fact]
    public async Task Cost_reads_list_sizes_from_variables()
    {
        var variables = new Dictionary<string, object?> { ["n"] = 3 };
        AssertLimit(
            await Run("query Q($n: Int) { items(last: $n) { priced { amount } } }", OperationLimits.None with { MaxCost = 26 }, variables),
            OperationErrorCodes.CostLimitExceeded, "The operation has an estimated cost of 27, above the maximum cost of 26.");
    }

    [Fact]
    public async Task Lists_without_a_size_argument_use_the_default_list_size()
    {
        var limits = OperationLimits.None with { MaxCost = 1, Cost = CostOptions.Default with { DefaultListSize = 4 } };
        AssertLimit(await Run("{ items { id } expensive }", limits),
            OperationErrorCodes.CostLimitExceeded, "The operation has an estimated cost of 58, above the maximum cost of 1.");
    }

    [Fact]
    public async Task Composite_fields_without_weights_use_the_configured_default() =>
        AssertLimit(
            await Run("{ item { id } }", OperationLimits.None with { MaxCost = 0.5, Cost = CostOptions.Default with { DefaultCompositeFieldCost = 3 } }),
            OperationErrorCodes.CostLimitExceeded, "The operation has an estimated cost of 3, above the maximum cost of 0.5.");

    [Fact]
    public async Task A_document_larger_than_the_request_size_limit_is_refused_before_parsing()
    {
        var pipeline = new GraphQLRequestPipeline(OperationsTestSchema.Build(), new RequestPipelineOptions { Limits = OperationLimits.None with { MaxRequestBytes = 20 } });
        var result = await pipeline.ExecuteAsync(new GraphQLRequestBody { Query = "{ hello } # ææææææ" });
        AssertLimit(result, OperationErrorCodes.RequestTooLarge, "The document is 24 bytes, above the maximum request size of 20 bytes.");
        Assert.Equal(0, pipeline.Counters.Parses);
    }

    [Fact]
    public async Task A_document_within_the_request_size_limit_runs()
    {
        var pipeline = new GraphQLRequestPipeline(OperationsTestSchema.Build(), new RequestPipelineOptions { Limits = OperationLimits.None with { MaxRequestBytes = 9 } });
        AssertData(await pipeline.ExecuteAsync(new GraphQLRequestBody { Query = "{ hello }" }));
    }

    [Fact]
    public async Task Limits_apply_to_the_selected_operation_only()
    {
        const string document = "query Shallow { hello } query Deep { item { children { id } } }";
        var limits = OperationLimits.None with { MaxDepth = 2 };
        AssertData(await Run(document, limits, operationName: "Shallow"));
        AssertLimit(await Run(document, limits, operationName: "Deep"), OperationErrorCodes.MaxDepthExceeded, "The operation has depth 3, above the maximum depth of 2.");
    }

    private static async Task<ExecutionResult> Run(string query, OperationLimits limits, IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null)
    {
        var pipeline = new GraphQLRequestPipeline(OperationsTestSchema.Build(), new RequestPipelineOptions { Limits = limits });
        return await pipeline.ExecuteAsync(new GraphQLRequestBody { Query = query, Variables = variables, OperationName = operationName });
    }

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
