using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using DigitalPost.GraphQL.Operations;
using DigitalPost.GraphQL.Transport.Http;
using Microsoft.AspNetCore.Http;

namespace DigitalPost.GraphQL.Transport;

/// <summary>
/// Parses a GraphQL-over-HTTP request object (<c>query</c>, <c>operationName</c>, <c>variables</c>,
/// <c>extensions</c>, <c>documentId</c>) exactly as a JSON POST body is parsed, for
/// <see cref="IGraphQLHttpRequestReader"/>s that carry it in another envelope (the <c>operations</c> field of a
/// multipart request, say). The result's resources own the parsed JSON.
/// </summary>
public static class GraphQLHttpRequestJson
{
    /// <summary>Parses UTF-8 JSON (a leading byte-order mark is skipped); refusals are 400 with code <c>BAD_REQUEST</c>.</summary>
    public static GraphQLHttpRequestReadResult Parse(ReadOnlyMemory<byte> json, int maxDepth)
    {
        if (json.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            json = json[Encoding.UTF8.Preamble.Length..];
        }

        if (!Utf8.IsValid(json.Span))
        {
            return GraphQLHttpRequestReadResult.Refused(StatusCodes.Status400BadRequest, "The request JSON is not valid UTF-8.", RequestProblem.BadRequestCode);
        }

        var documents = new List<JsonDocument>(1);
        var owner = new JsonDocumentsOwner(documents);
        var problem = RequestParameterParser.ParseBody(json, maxDepth, documents, out var parameters);
        if (problem is not null)
        {
            return GraphQLHttpRequestReadResult.Refused(problem.StatusCode, problem.Message, problem.Code, owner);
        }

        var body = new GraphQLRequestBody
        {
            Query = parameters!.Query,
            OperationName = parameters.OperationName,
            Variables = parameters.Variables,
            Extensions = parameters.Extensions,
            DocumentId = parameters.DocumentId,
        };
        return GraphQLHttpRequestReadResult.Success(body, owner);
    }

    private sealed class JsonDocumentsOwner(List<JsonDocument> documents) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            foreach (var document in documents)
            {
                document.Dispose();
            }

            documents.Clear();
            return ValueTask.CompletedTask;
        }
    }
}
