using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DigitalPost.GraphQL.Operations;
using DigitalPost.GraphQL.Transport;
using DigitalPost.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQL.Tests.Transport.Http;

/// <summary>Request readers registered as services take part without being in the endpoint's options.</summary>
public sealed class GraphQLHttpRequestReaderServicesTests : IAsyncLifetime
{
    private readonly HttpClient _client = new();
    private WebApplication _app = null!;
    private Uri _uri = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IGraphQLHttpRequestReader, PlainTextReader>();
        _app = builder.Build();
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { hello: String! }")
            .BindResolver("Query", "hello", _ => "world")
            .Build();
        _app.MapGraphQL("/graphql", new GraphQLRequestPipeline(schema));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _uri = new Uri(address.TrimEnd('/') + "/graphql");
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_reader_registered_as_a_service_reads_its_media_type()
    {
        using var content = new StringContent("{ hello }", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        using var response = await _client.PostAsync(_uri, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("world", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["hello"]);
    }

    [Fact]
    public async Task Json_bodies_do_not_reach_a_registered_reader()
    {
        using var content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await _client.PostAsync(_uri, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("world", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["hello"]);
    }

    /// <summary>Claims every body it is asked about, so a JSON body reaching it would fail the JSON test.</summary>
    private sealed class PlainTextReader : IGraphQLHttpRequestReader
    {
        public bool CanRead(HttpRequest request) => true;

        public async ValueTask<GraphQLHttpRequestReadResult> ReadAsync(HttpContext context, CancellationToken cancellationToken)
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var text = await reader.ReadToEndAsync(cancellationToken);
            return text.StartsWith('{') && text.Contains("\"query\"", StringComparison.Ordinal)
                ? GraphQLHttpRequestReadResult.Refused(StatusCodes.Status400BadRequest, "JSON reached the text reader", "BAD_REQUEST")
                : GraphQLHttpRequestReadResult.Success(new GraphQLRequestBody { Query = text });
        }
    }
}
