using DigitalPost.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace DigitalPost.GraphQL.Transport.Http;

internal sealed partial class GraphQLHttpHandler
{
    /// <summary>The first configured reader that takes this POST request, or <c>null</c> for the JSON handling.</summary>
    private IGraphQLHttpRequestReader? FindReader(HttpRequest request)
    {
        foreach (var reader in _http.RequestReaders)
        {
            if (reader.CanRead(request))
            {
                return reader;
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
