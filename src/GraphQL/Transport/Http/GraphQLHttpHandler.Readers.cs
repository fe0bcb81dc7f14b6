using DigitalPost.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQL.Transport.Http;

internal sealed partial class GraphQLHttpHandler
{
    /// <summary>
    /// The first reader that takes this POST request (configured ones, then the request services'), or <c>null</c> for
    /// the JSON handling. JSON bodies never ask the readers, so the common path pays nothing for the hook.
    /// </summary>
    private IGraphQLHttpRequestReader? FindReader(HttpRequest request)
    {
        var contentType = request.ContentType;
        if (string.IsNullOrEmpty(contentType) || contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var reader in _http.RequestReaders)
        {
            if (reader.CanRead(request))
            {
                return reader;
            }
        }

        if (request.HttpContext.RequestServices?.GetService<IEnumerable<IGraphQLHttpRequestReader>>() is { } registered)
        {
            foreach (var reader in registered)
            {
                if (reader.CanRead(request))
                {
                    return reader;
                }
            }
        }

        return null;
    }

    /// <summary>Runs a custom reader; its resources join <paramref name="resources"/>, disposed after the response.</summary>
    private static async ValueTask<(RequestProblem? Problem, GraphQLHttpParameters? Parameters)> ReadWithAsync(
        IGraphQLHttpRequestReader reader, HttpContext context, List<IAsyncDisposable> resources, CancellationToken cancellationToken)
    {
        GraphQLHttpRequestReadResult result;
        try
        {
            result = await reader.ReadAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (GraphQLException exception)
        {
            return (RequestProblem.BadRequest(exception.Message), null);
        }

        resources.AddRange(result.Resources);
        if (result.IsRefused)
        {
            return (new RequestProblem(result.StatusCode, result.Message!, result.Code!), null);
        }

        var body = result.Body!;
        return (null, new GraphQLHttpParameters(body.Query, body.OperationName, body.Variables, body.Extensions, body.DocumentId));
    }

    private static async ValueTask DisposeAllAsync(List<IAsyncDisposable> resources)
    {
        foreach (var resource in resources)
        {
            await resource.DisposeAsync().ConfigureAwait(false);
        }

        resources.Clear();
    }
}
