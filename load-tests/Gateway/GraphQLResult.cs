using System.Text.Json;
using DigitalPost.LoadTests.Harness;

namespace DigitalPost.LoadTests.Gateway;

/// <summary>
/// The outcome of a GraphQL request: the harness <see cref="Harness.Response"/> (OK only for a 2xx answer whose
/// <c>errors</c> list is absent or empty) and, when the body was JSON, the parsed document. Dispose it to return
/// the document's buffers.
/// </summary>
public sealed class GraphQLResult : IDisposable
{
    private readonly JsonDocument? _document;

    internal GraphQLResult(Response response, JsonDocument? document)
    {
        Response = response;
        _document = document;
    }

    /// <summary>The outcome as the harness records it.</summary>
    public Response Response { get; }

    /// <summary>Whether the request succeeded without GraphQL errors.</summary>
    public bool IsOk => Response.IsOk;

    /// <summary>The <c>data</c> member, or an undefined element when there was none.</summary>
    public JsonElement Data =>
        _document is not null && _document.RootElement.ValueKind == JsonValueKind.Object && _document.RootElement.TryGetProperty("data", out var data)
            ? data
            : default;

    /// <summary>The whole response body as parsed, when it was JSON.</summary>
    public JsonElement? Body => _document?.RootElement;

    /// <summary>Throws a <see cref="GatewayException"/> unless the request succeeded (set-up code uses this; iterations return <see cref="Response"/>).</summary>
    public GraphQLResult EnsureOk(string what)
    {
        if (!IsOk)
        {
            throw new GatewayException(Response.ErrorKind ?? "graphql", $"{what}: {Response.Message}");
        }

        return this;
    }

    /// <inheritdoc />
    public void Dispose() => _document?.Dispose();

    /// <summary>
    /// Judges a GraphQL response body: an <c>errors</c> list makes it a failure of kind <c>graphql-&lt;code&gt;</c>
    /// (the first error's <c>extensions.code</c>, else <c>graphql-error</c>) with the first message.
    /// </summary>
    internal static Response Judge(JsonElement root, int status, long bytes)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Response.Fail("graphql-not-an-object", "the response body is not a JSON object", status, bytes);
        }

        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
                && extensions.TryGetProperty("code", out var codeElement) && codeElement.ValueKind == JsonValueKind.String
                ? codeElement.GetString()
                : null;
            var message = first.TryGetProperty("message", out var messageElement) && messageElement.ValueKind == JsonValueKind.String
                ? messageElement.GetString()
                : first.GetRawText();
            var path = first.TryGetProperty("path", out var pathElement) ? " at " + pathElement.GetRawText() : string.Empty;
            return Response.Fail("graphql-" + (code ?? "error"), message + path, status, bytes);
        }

        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return Response.Fail("graphql-no-data", "the response has neither data nor errors", status, bytes);
        }

        return Response.Ok(status, bytes);
    }
}
