using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using DigitalPost.GraphQL.Operations;
using DigitalPost.GraphQL.Transport;
using DigitalPost.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalPost.Benchmarks.GraphQL;

/// <summary>
/// One GraphQL-over-HTTP POST (a cached 3-field query through the request pipeline and the transport) against
/// the floor: a plain endpoint on the same Kestrel server answering the same JSON bytes. Both go through the same
/// HttpClient over loopback, so the ratio is the transport's and engine's cost over ASP.NET Core's own.
/// </summary>
[MemoryDiagnoser]
public class HttpBenchmarks
{
    private const string Query = """{"query":"{ id name count }"}""";
    private static readonly byte[] Response = Encoding.UTF8.GetBytes("""{"data":{"id":"1","name":"mailbox","count":3}}""");

    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private Uri _graphql = null!;
    private Uri _plain = null!;

    [GlobalSetup]
    public void Setup()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { id: ID! name: String! count: Int! }")
            .BindResolver("Query", "id", _ => "1")
            .BindResolver("Query", "name", _ => "mailbox")
            .BindResolver("Query", "count", _ => 3)
            .Build();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGraphQLHttp("/graphql", new GraphQLRequestPipeline(schema));
        _app.MapPost("/plain", async context =>
        {
            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            // Written the way the transport writes: into the body pipe, then one flush.
            await context.Response.BodyWriter.WriteAsync(Response);
        });
        _app.StartAsync().GetAwaiter().GetResult();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        _graphql = new Uri(address + "/graphql");
        _plain = new Uri(address + "/plain");
        _client = new HttpClient();
        _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _app.StopAsync().GetAwaiter().GetResult();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public Task<byte[]> PlainEndpoint() => PostAsync(_plain);

    [Benchmark]
    public Task<byte[]> GraphQLPost() => PostAsync(_graphql);

    private async Task<byte[]> PostAsync(Uri uri)
    {
        using var content = new StringContent(Query, Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync(uri, content);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
