using System.Text.Json;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Tests.Core;

/// <summary>
/// Runs a seam inside real resolvers: a schema with three String fields (a, b, c) bound to one probe, executed with the
/// core part's services, a fake grain factory and a viewer as the request's user context.
/// </summary>
internal sealed class CoreHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public CoreHarness(Action<IServiceCollection>? configure = null, Dictionary<string, string?>? configuration = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IGrainFactory>(Grains);
        var config = new ConfigurationBuilder().AddInMemoryCollection(configuration ?? []).Build();
        new CoreGatewayPart().AddServices(services, config);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public FakeGrainFactory Grains { get; } = new();

    public IServiceProvider Services => _services;

    public async Task<JsonElement> RunAsync(GatewayViewer? viewer, Func<ResolverContext, ValueTask<object?>> probe, string query = "{ a }")
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: String b: String c: String }")
            .BindType("Query", type => type
                .Field("a", context => probe(context))
                .Field("b", context => probe(context))
                .Field("c", context => probe(context)))
            .Build();
        var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = query, Services = _services, Context = viewer });
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }

    public static string? FirstErrorCode(JsonElement result) =>
        result.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;

    public void Dispose() => _services.Dispose();
}
