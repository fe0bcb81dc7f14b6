using System.Text.Json;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Tests.Core;

public sealed class PageSizeTests
{
    [Theory]
    [InlineData("{ page }", "20 forward")]
    [InlineData("{ page(first: 100) }", "100 forward")]
    [InlineData("{ page(last: 7) }", "7 backward")]
    [InlineData("{ page(first: 0) }", "0 forward")]
    public async Task Sizes_within_the_limit_are_used(string query, string expected)
    {
        var result = await RunAsync(query);

        Assert.Equal(expected, result.GetProperty("data").GetProperty("page").GetString());
    }

    [Theory]
    [InlineData("{ page(first: 101) }", GatewayErrorCodes.LimitExceeded)]
    [InlineData("{ page(last: 1000) }", GatewayErrorCodes.LimitExceeded)]
    [InlineData("{ page(first: -1) }", GatewayErrorCodes.LimitExceeded)]
    [InlineData("{ page(first: 1, last: 1) }", GatewayErrorCodes.Validation)]
    public async Task Sizes_outside_the_limit_are_refused(string query, string code)
    {
        var result = await RunAsync(query);

        Assert.Equal(code, result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_maximum_comes_from_configuration()
    {
        var result = await RunAsync("{ page(first: 30) }", new() { ["Gateway:MaxPageSize"] = "25" });

        Assert.Equal(GatewayErrorCodes.LimitExceeded, result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static async Task<JsonElement> RunAsync(string query, Dictionary<string, string?>? configuration = null)
    {
        var services = new ServiceCollection();
        new CoreGatewayPart().AddServices(services, new ConfigurationBuilder().AddInMemoryCollection(configuration ?? []).Build());
        using var provider = services.BuildServiceProvider();
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { page(first: Int, last: Int): String }")
            .BindResolver("Query", "page", context =>
            {
                var size = PageSize.Resolve(context, out var backward);
                return $"{size} {(backward ? "backward" : "forward")}";
            })
            .Build();
        var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = query, Services = provider, Context = Viewers.Citizen() });
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }
}
