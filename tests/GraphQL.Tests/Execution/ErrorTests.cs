using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Types;
using static DigitalPost.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace DigitalPost.GraphQL.Tests.Execution;

/// <summary>Spec 7.1.2 errors: message, locations, path, extensions.code; request errors have no data.</summary>
public sealed class ErrorTests
{
    private static readonly Schema Schema = new SchemaBuilder()
        .AddTypeDefinitions("type Query { crash: String coded: String leaf: Int list: [Int] } type Mutation { m: Int }")
        .BindResolver("Query", "crash", _ => throw new InvalidOperationException("connection string leaked"))
        .BindResolver("Query", "coded", _ => throw new GraphQLException("Not yours.", "FORBIDDEN", new Dictionary<string, object?> { ["mailbox"] = "m1" }))
        .BindResolver("Query", "leaf", _ => "not a number")
        .BindResolver("Query", "list", _ => 5)
        .BindResolver("Mutation", "m", _ => 1)
        .Build();

    [Fact]
    public async Task Unexpected_exceptions_are_masked()
    {
        var json = await Schema.ExecuteJsonAsync("{ crash }");
        Assert.Equal(Json("{'errors':[{'message':'Unexpected error.','locations':[{'line':1,'column':3}],'path':['crash'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'crash':null}}"), json);
    }

    [Fact]
    public async Task Exception_details_are_exposed_only_when_the_option_is_set()
    {
        Exception? observed = null;
        var json = await Schema.ExecuteJsonAsync("{ crash }", options: new ExecutionOptions { ExposeExceptionDetails = true, UnexpectedExceptionObserver = (e, _) => observed = e });
        Assert.Equal(Json("{'errors':[{'message':'connection string leaked','locations':[{'line':1,'column':3}],'path':['crash'],'extensions':{'code':'INTERNAL_SERVER_ERROR','exception':'System.InvalidOperationException'}}],'data':{'crash':null}}"), json);
        Assert.IsType<InvalidOperationException>(observed);
    }

    [Fact]
    public async Task GraphQLException_carries_code_and_extensions()
    {
        var json = await Schema.ExecuteJsonAsync("{ coded }");
        Assert.Equal(Json("{'errors':[{'message':'Not yours.','locations':[{'line':1,'column':3}],'path':['coded'],'extensions':{'code':'FORBIDDEN','mailbox':'m1'}}],'data':{'coded':null}}"), json);
    }

    [Fact]
    public async Task Leaf_and_list_result_coercion_failures_are_field_errors()
    {
        var json = await Schema.ExecuteJsonAsync("{ leaf list }");
        Assert.Equal(Json("{'errors':[{'message':'Int cannot represent non-integer value: \\u0022not a number\\u0022','locations':[{'line':1,'column':3}],'path':['leaf']},{'message':'Expected Iterable, but did not find one for field \\u0022Query.list\\u0022.','locations':[{'line':1,'column':8}],'path':['list']}],'data':{'leaf':null,'list':null}}"), json);
    }

    [Fact]
    public async Task Syntax_errors_are_request_errors_with_location()
    {
        var json = await Schema.ExecuteJsonAsync("{ crash");
        Assert.Equal(Json("{'errors':[{'message':'Syntax Error: Expected Name, found <EOF>.','locations':[{'line':1,'column':8}],'extensions':{'code':'GRAPHQL_PARSE_FAILED'}}]}"), json);
    }

    [Theory]
    [InlineData("query A { leaf } query B { leaf }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { leaf }", "C", "Unknown operation named \\u0022C\\u0022.")]
    [InlineData("fragment F on Query { leaf }", null, "Must provide an operation.")]
    public async Task Operation_selection_failures_are_request_errors(string query, string? operationName, string message)
    {
        var json = await Schema.ExecuteJsonAsync(query, operationName: operationName);
        Assert.Equal(Json("{'errors':[{'message':'" + message + "','extensions':{'code':'OPERATION_RESOLUTION_FAILURE'}}]}"), json);
    }

    [Fact]
    public async Task Operation_name_selects_among_several_operations()
    {
        Assert.Equal(Json("{'data':{'m':1}}"), await Schema.ExecuteJsonAsync("query A { leaf } mutation B { m }", operationName: "B"));
    }

    [Fact]
    public async Task Validation_errors_from_the_validator_seam_stop_execution()
    {
        var executed = false;
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { a: Int }").BindResolver("Query", "a", _ => executed = true).Build();
        var json = await schema.ExecuteJsonAsync("{ a }", options: new ExecutionOptions { DocumentValidator = new RejectEverything() });
        Assert.Equal(Json("{'errors':[{'message':'Rejected.','locations':[{'line':1,'column':1}],'extensions':{'code':'GRAPHQL_VALIDATION_FAILED'}}]}"), json);
        Assert.False(executed);
    }

    [Fact]
    public async Task Subscription_operations_are_refused_by_ExecuteAsync()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: Int } type Subscription { s: Int }")
            .BindResolver("Query", "a", _ => 1)
            .BindSubscription<int>("Subscription", "s", _ => AsyncEnumerable.Empty<int>())
            .Build();
        var json = await schema.ExecuteJsonAsync("subscription { s }");
        Assert.Contains("SUBSCRIPTION_NOT_SUPPORTED", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", json, StringComparison.Ordinal);
    }

    private sealed class RejectEverything : IDocumentValidator
    {
        public IReadOnlyList<GraphQLError> Validate(Schema schema, DigitalPost.GraphQL.Language.DocumentNode document) =>
            [new GraphQLError("Rejected.") { Locations = [new ErrorLocation(1, 1)] }];
    }
}
