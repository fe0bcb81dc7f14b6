using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DigitalPost.GraphQL.Operations;
using DigitalPost.GraphQL.Transport;
using Microsoft.AspNetCore.Http;

namespace DigitalPost.GraphQL.Tests.Transport.Http;

/// <summary>The request-reader hook of GraphQL over HTTP: custom POST bodies run through the same pipeline as JSON.</summary>
public sealed class GraphQLHttpRequestReaderTests : IAsyncLifetime
{
    private const string GraphQLResponse = "application/graphql-response+json";

    private readonly HttpClient _client = new();
    private readonly TextQueryReader _reader = new();
    private TransportTestServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await TransportTestServer.StartAsync(new GraphQLTransportOptions { Http = new GraphQLHttpOptions { RequestReaders = [_reader] } });

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_reader_that_takes_the_content_type_supplies_the_request_and_it_executes()
    {
        var (status, body) = await PostAsync("query Echo($t: String!) { echo(text: $t) }", "text/x-graphql-test");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("from the reader", (string?)body["data"]!["echo"]);
        Assert.Null(body["errors"]);
    }

    [Fact]
    public async Task A_refusal_answers_with_the_readers_status_and_code_without_executing()
    {
        var (status, body) = await PostAsync("mutation { increment }", "text/x-graphql-test; refuse=413");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("PAYLOAD_TOO_LARGE", (string?)body["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("refused by the test reader", (string?)body["errors"]![0]!["message"]);
        Assert.Null(body["data"]);

        // The refused mutation never ran: the first executed increment is 1.
        var (_, next) = await PostAsync("mutation { increment }", "text/x-graphql-test");
        Assert.Equal(1, (int?)next["data"]!["increment"]);
    }

    [Fact]
    public async Task Resources_of_the_read_are_disposed_after_the_response_and_also_after_a_refusal()
    {
        await PostAsync("{ hello }", "text/x-graphql-test");
        await PostAsync("{ hello }", "text/x-graphql-test; refuse=400");

        Assert.Equal(2, _reader.Disposed);
    }

    [Fact]
    public async Task Json_requests_still_take_the_json_path_when_readers_are_configured()
    {
        var (status, body) = await PostAsync("""{"query":"{ hello }"}""", "application/json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("world", (string?)body["data"]!["hello"]);
    }

    [Fact]
    public async Task A_media_type_no_reader_takes_is_still_415()
    {
        var (status, body) = await PostAsync("{ hello }", "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task A_request_error_from_a_read_request_is_400_as_for_json()
    {
        var (status, body) = await PostAsync("{ nope }", "text/x-graphql-test");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(string text, string contentType)
    {
        using var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.HttpUri) { Content = content };
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        using var response = await _client.SendAsync(request);
        var json = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(json)!);
    }

    /// <summary>Takes <c>text/x-graphql-test</c>: the body is the document, <c>$t</c> is set; <c>refuse=&lt;status&gt;</c> refuses.</summary>
    private sealed class TextQueryReader : IGraphQLHttpRequestReader
    {
        private int _disposed;

        public int Disposed => Volatile.Read(ref _disposed);

        public bool CanRead(HttpRequest request) =>
            request.ContentType?.StartsWith("text/x-graphql-test", StringComparison.Ordinal) == true;

        public async ValueTask<GraphQLHttpRequestReadResult> ReadAsync(HttpContext context, CancellationToken cancellationToken)
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var text = await reader.ReadToEndAsync(cancellationToken);
            var resource = new CountingResource(this);
            var contentType = MediaTypeHeaderValue.Parse(context.Request.ContentType!);
            var refuse = contentType.Parameters.FirstOrDefault(p => p.Name == "refuse")?.Value;
            if (refuse is not null)
            {
                var status = int.Parse(refuse, System.Globalization.CultureInfo.InvariantCulture);
                return GraphQLHttpRequestReadResult.Refused(status, "refused by the test reader", status == 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST", resource);
            }

            var body = new GraphQLRequestBody { Query = text, Variables = new Dictionary<string, object?> { ["t"] = "from the reader" } };
            return GraphQLHttpRequestReadResult.Success(body, resource);
        }

        private sealed class CountingResource(TextQueryReader owner) : IAsyncDisposable
        {
            public ValueTask DisposeAsync()
            {
                Interlocked.Increment(ref owner._disposed);
                return ValueTask.CompletedTask;
            }
        }
    }
}
