using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Operations;
using DigitalPost.GraphQL.Transport;

namespace DigitalPost.GraphQL.Tests.Transport.Http;

/// <summary>GraphQL over HTTP against the real Kestrel server with HttpClient: bad input gets the specified status, never a 500.</summary>
public sealed class GraphQLHttpTests : IAsyncLifetime
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly HttpClient _client = new();
    private TransportTestServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await TransportTestServer.StartAsync(new GraphQLTransportOptions { Http = new GraphQLHttpOptions { MaxRequestBodySize = 4096 } });

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData("application/json")]
    public async Task Malformed_json_body_is_400_with_an_error(string accept)
    {
        var (status, body, response) = await PostAsync("""{"query": "{ hello }" """, accept);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(accept, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.StartsWith("The request body is not valid JSON", (string)body["errors"]![0]!["message"]!, StringComparison.Ordinal);
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task Non_utf8_body_is_400()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"query": "{ echo(text: \"X\") }"}""");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xC3; // A lone UTF-8 lead byte.
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var (status, body, _) = await SendAsync(HttpMethod.Post, _server.HttpUri, content, GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The request body is not valid UTF-8.", (string?)body["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task Body_over_the_limit_is_413_whether_or_not_its_length_is_declared()
    {
        var huge = new JsonObject { ["query"] = "{ hello }", ["extensions"] = new JsonObject { ["padding"] = new string('x', 5000) } }.ToJsonString();

        var (declared, declaredBody, _) = await PostAsync(huge, GraphQLResponse);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared);
        Assert.Equal("PAYLOAD_TOO_LARGE", (string?)declaredBody["errors"]![0]!["extensions"]!["code"]);

        // A stream of unknown length goes out chunked: the limit is enforced while reading.
        using var chunked = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(huge)));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var (streamed, _, _) = await SendAsync(HttpMethod.Post, _server.HttpUri, chunked, GraphQLResponse);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed);

        var (underLimit, _, _) = await PostAsync("""{"query":"{ hello }"}""", GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, underLimit);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Deeply_nested_query_is_a_parse_error_not_a_server_error(string accept, HttpStatusCode expected)
    {
        var query = new string('{', 200) + "hello" + new string('}', 200);
        var (status, body, _) = await PostAsync(new JsonObject { ["query"] = query }.ToJsonString(), accept);

        Assert.Equal(expected, status);
        Assert.Equal(ErrorCodes.ParseFailed, (string?)body["errors"]![0]!["extensions"]!["code"]);
        Assert.False(body.AsObject().ContainsKey("data"));
    }

    [Fact]
    public async Task Deeply_nested_variables_json_is_400()
    {
        var variables = new string('[', 100) + new string(']', 100);
        var (status, body, _) = await PostAsync("""{"query":"{ hello }","variables":{"v":""" + variables + "}}", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BAD_REQUEST", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Unknown_operation_name_is_a_request_error(string accept, HttpStatusCode expected)
    {
        var (status, body, _) = await PostAsync("""{"query":"query A { hello } query B { hello }","operationName":"C"}""", accept);

        Assert.Equal(expected, status);
        Assert.Equal("Unknown operation named \"C\".", (string?)body["errors"]![0]!["message"]);
        Assert.Equal(ErrorCodes.OperationResolutionFailure, (string?)body["errors"]![0]!["extensions"]!["code"]);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Variable_of_the_wrong_type_is_a_request_error(string accept, HttpStatusCode expected)
    {
        var (status, body, _) = await PostAsync("""{"query":"query ($a: Int!) { add(a: $a, b: 1) }","variables":{"a":"one"}}""", accept);

        Assert.Equal(expected, status);
        Assert.Equal(ErrorCodes.BadUserInput, (string?)body["errors"]![0]!["extensions"]!["code"]);
        Assert.False(body.AsObject().ContainsKey("data"));
    }

    [Fact]
    public async Task Variables_of_the_right_type_execute_over_post_and_get()
    {
        var (post, postBody, _) = await PostAsync("""{"query":"query ($a: Int!) { add(a: $a, b: 1) }","variables":{"a":41}}""", GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, post);
        Assert.Equal("""{"data":{"add":42}}""", postBody.ToJsonString());

        var uri = new Uri(_server.HttpUri, "?query=" + Uri.EscapeDataString("query ($a: Int!) { add(a: $a, b: 1) }") + "&variables=" + Uri.EscapeDataString("""{"a":1}"""));
        var (get, getBody, getResponse) = await SendAsync(HttpMethod.Get, uri, null, GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, get);
        Assert.Equal("""{"data":{"add":2}}""", getBody.ToJsonString());
        Assert.Contains("Accept", getResponse.Headers.Vary);
    }

    [Fact]
    public async Task Mutation_over_get_is_405_with_allow_post_and_does_not_run()
    {
        var uri = new Uri(_server.HttpUri, "?query=" + Uri.EscapeDataString("mutation { increment }"));
        var (status, body, response) = await SendAsync(HttpMethod.Get, uri, null, GraphQLResponse);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", (string?)body["errors"]![0]!["extensions"]!["code"]);

        var (_, after, _) = await PostAsync("""{"query":"mutation { increment }"}""", GraphQLResponse);
        Assert.Equal("""{"data":{"increment":1}}""", after.ToJsonString());
    }

    [Fact]
    public async Task Other_methods_are_405_with_allow_get_and_post()
    {
        using var content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json");
        var (status, _, response) = await SendAsync(HttpMethod.Put, _server.HttpUri, content, GraphQLResponse);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Unsupported_content_type_is_415(string contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"{ hello }"}"""));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var (status, _, _) = await SendAsync(HttpMethod.Post, _server.HttpUri, content, GraphQLResponse);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Subscription_over_http_is_a_request_error(string accept, HttpStatusCode expected)
    {
        var (status, body, _) = await PostAsync("""{"query":"subscription { ticks(count: 1) }"}""", accept);

        Assert.Equal(expected, status);
        Assert.Equal(ErrorCodes.SubscriptionNotSupported, (string?)body["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Unacceptable_accept_header_is_406()
    {
        var (status, _, _) = await PostAsync("""{"query":"{ hello }"}""", "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, status);
    }

    [Fact]
    public async Task Unknown_persisted_document_is_a_request_error()
    {
        var (status, body, _) = await PostAsync("""{"documentId":"sha256:""" + new string('a', 64) + "\"}", GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(OperationErrorCodes.PersistedDocumentNotFound, (string?)body["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Aborted_request_cancels_the_resolvers()
    {
        using var abort = new CancellationTokenSource();
        using var content = new StringContent("""{"query":"{ block }"}""", Encoding.UTF8, "application/json");
        var sending = _client.PostAsync(_server.HttpUri, content, abort.Token);
        await _server.BlockStarted.Task.WaitAsync(HangGuard);

        await abort.CancelAsync();

        await _server.BlockCancelled.Task.WaitAsync(HangGuard);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
    }

    [Fact]
    public async Task Request_context_hook_value_and_http_context_reach_resolvers_and_a_refusal_is_403()
    {
        var options = new GraphQLTransportOptions
        {
            CreateContext = context => context.HttpContext.Request.Headers.TryGetValue("X-Platform", out var platform)
                ? ValueTask.FromResult<object?>($"{context.Transport} {platform}")
                : throw new GraphQLException("A platform header is required.", "PLATFORM_REQUIRED"),
        };
        await using var server = await TransportTestServer.StartAsync(options);
        using var request = new HttpRequestMessage(HttpMethod.Post, server.HttpUri) { Content = new StringContent("""{"query":"{ context transport }"}""", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Platform", "borger.dk");
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        using var response = await _client.SendAsync(request);
        Assert.Equal("""{"data":{"context":"Http borger.dk","transport":"Http /graphql"}}""", await response.Content.ReadAsStringAsync());

        using var refusedRequest = new HttpRequestMessage(HttpMethod.Post, server.HttpUri) { Content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json") };
        refusedRequest.Headers.Accept.ParseAdd(GraphQLResponse);
        using var refused = await _client.SendAsync(refusedRequest);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("""{"errors":[{"message":"A platform header is required.","extensions":{"code":"PLATFORM_REQUIRED"}}]}""", await refused.Content.ReadAsStringAsync());
    }

    private async Task<(HttpStatusCode Status, JsonNode Body, HttpResponseMessage Response)> PostAsync(string json, string accept)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await SendAsync(HttpMethod.Post, _server.HttpUri, content, accept);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body, HttpResponseMessage Response)> SendAsync(HttpMethod method, Uri uri, HttpContent? content, string accept)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await _client.SendAsync(request).WaitAsync(HangGuard);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text)!, response);
    }

    /// <summary>A stream that hides its length, so HttpClient sends it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
