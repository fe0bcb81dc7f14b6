using Microsoft.AspNetCore.Http;

namespace DigitalPost.GraphQL.Transport;

/// <summary>
/// Reads a GraphQL-over-HTTP POST body of a media type other than <c>application/json</c> (for example a
/// GraphQL multipart request with file uploads). Readers are listed in <see cref="GraphQLHttpOptions.RequestReaders"/>;
/// the first whose <see cref="CanRead"/> answers <c>true</c> reads the request instead of the JSON handling, and
/// everything after it (execution, the response, status codes) is the same as for a JSON request.
/// </summary>
public interface IGraphQLHttpRequestReader
{
    /// <summary>Whether this reader handles the request (usually decided by its <c>Content-Type</c>). Must not read the body.</summary>
    bool CanRead(HttpRequest request);

    /// <summary>
    /// Reads the request. Return <see cref="GraphQLHttpRequestReadResult.Success"/> with the request parameters, or
    /// <see cref="GraphQLHttpRequestReadResult.Refused"/> with the HTTP status and error to answer with. Resources
    /// the result holds (temporary files, parsed JSON documents) are disposed after the response is written.
    /// </summary>
    ValueTask<GraphQLHttpRequestReadResult> ReadAsync(HttpContext context, CancellationToken cancellationToken);
}
