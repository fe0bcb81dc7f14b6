using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using DigitalPost.LoadTests.Harness;

namespace DigitalPost.LoadTests.Gateway;

/// <summary>
/// GraphQL over HTTP for the scenarios: <c>POST</c> of <c>{"query","variables","operationName"}</c> as JSON with the
/// caller's bearer token, accepting <c>application/graphql-response+json</c> or <c>application/json</c>. A non-2xx
/// status fails as <c>http-&lt;status&gt;</c>, a transport error as <c>http-&lt;HttpRequestError&gt;</c>, a body with
/// <c>errors</c> as <c>graphql-&lt;extensions.code&gt;</c>.
/// </summary>
public sealed class GraphQLHttpClient
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };
    private readonly GatewaySession _session;

    internal GraphQLHttpClient(GatewaySession session, Uri endpoint)
    {
        _session = session;
        Endpoint = endpoint;
    }

    /// <summary>The GraphQL endpoint.</summary>
    public Uri Endpoint { get; }

    /// <summary>Sends <paramref name="request"/> as <paramref name="principal"/> (null: anonymous).</summary>
    public async Task<GraphQLResult> SendAsync(GatewayPrincipal? principal, GraphQLRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var message = new HttpRequestMessage(HttpMethod.Post, Endpoint);
        message.Headers.Accept.ParseAdd("application/graphql-response+json");
        message.Headers.Accept.ParseAdd("application/json;q=0.9");
        var body = new ByteArrayContent(Serialize(request));
        body.Headers.ContentType = JsonContentType;
        message.Content = body;
        await _session.AuthorizeAsync(message, principal?.ToString(), cancellationToken).ConfigureAwait(false);

        HttpResponseMessage response;
        try
        {
            response = await _session.Http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            return new GraphQLResult(Response.Fail($"http-{exception.HttpRequestError}", exception.Message), null);
        }

        using (response)
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            JsonDocument? document = null;
            try
            {
                document = JsonDocument.Parse(bytes);
            }
            catch (JsonException)
            {
                // Not JSON (a proxy's error page, a 401 without a body): judged by the status alone below.
            }

            if (!response.IsSuccessStatusCode)
            {
                // graphql-response+json answers request errors with 4xx and a JSON body: keep the GraphQL message.
                var detail = document is not null ? GraphQLResult.Judge(document.RootElement, status, bytes.Length).Message : response.ReasonPhrase;
                return new GraphQLResult(Response.Fail($"http-{status}", detail, status, bytes.Length), document);
            }

            return document is null
                ? new GraphQLResult(Response.Fail("graphql-not-json", "the response body is not JSON", status, bytes.Length), null)
                : new GraphQLResult(GraphQLResult.Judge(document.RootElement, status, bytes.Length), document);
        }
    }

    /// <summary>The JSON body of <paramref name="request"/> (also the <c>payload</c> of a WebSocket <c>subscribe</c>).</summary>
    public static byte[] Serialize(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var buffer = new ArrayBufferWriter<byte>(request.Query.Length + 128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, request);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes <paramref name="request"/> as a JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(request);
        writer.WriteStartObject();
        writer.WriteString("query", request.Query);
        if (request.OperationName is { } operationName)
        {
            writer.WriteString("operationName", operationName);
        }

        if (request.Variables is { } variables)
        {
            writer.WritePropertyName("variables");
            JsonSerializer.Serialize(writer, variables);
        }

        writer.WriteEndObject();
    }
}
