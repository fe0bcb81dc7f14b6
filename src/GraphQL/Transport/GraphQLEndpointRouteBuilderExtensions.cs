using DigitalPost.GraphQL.Operations;
using DigitalPost.GraphQL.Transport.Http;
using DigitalPost.GraphQL.Transport.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalPost.GraphQL.Transport;

/// <summary>
/// Maps a GraphQL endpoint run by a request pipeline (<see cref="IRequestExecutor"/>, e.g.
/// <see cref="GraphQLRequestPipeline"/>): GraphQL over HTTP (POST, and GET for queries) and the
/// <c>graphql-transport-ws</c> WebSocket protocol on the same path. WebSocket requests need
/// <c>app.UseWebSockets()</c> earlier in the middleware pipeline. The returned builder takes the usual endpoint
/// conventions (<c>RequireAuthorization</c>, <c>RequireCors</c>, rate limiting).
/// </summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Maps GraphQL over HTTP and (when <see cref="GraphQLWebSocketOptions.Enabled"/>) <c>graphql-transport-ws</c> to <paramref name="pattern"/>.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern, IRequestExecutor executor, GraphQLTransportOptions? options = null)
    {
        options ??= GraphQLTransportOptions.Default;
        return Map(endpoints, pattern, executor, options, http: true, webSocket: options.WebSocket.Enabled);
    }

    /// <summary>Maps only GraphQL over HTTP to <paramref name="pattern"/>.</summary>
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string pattern, IRequestExecutor executor, GraphQLTransportOptions? options = null) =>
        Map(endpoints, pattern, executor, options ?? GraphQLTransportOptions.Default, http: true, webSocket: false);

    /// <summary>Maps only <c>graphql-transport-ws</c> to <paramref name="pattern"/>; other requests get 400.</summary>
    public static IEndpointConventionBuilder MapGraphQLWebSocket(this IEndpointRouteBuilder endpoints, string pattern, IRequestExecutor executor, GraphQLTransportOptions? options = null) =>
        Map(endpoints, pattern, executor, options ?? GraphQLTransportOptions.Default, http: false, webSocket: true);

    private static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints, string pattern, IRequestExecutor executor, GraphQLTransportOptions options, bool http, bool webSocket)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(executor);
        var httpHandler = http ? new GraphQLHttpHandler(executor, options) : null;
        var socketHandler = webSocket ? new GraphQLWebSocketHandler(executor, options) : null;
        RequestDelegate handler = context =>
        {
            if (socketHandler is not null && context.WebSockets.IsWebSocketRequest)
            {
                return socketHandler.HandleAsync(context);
            }

            if (httpHandler is not null)
            {
                return httpHandler.HandleAsync(context);
            }

            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        };

        // Every method: the handler itself answers 405 with an Allow header, as the specification asks.
        return endpoints.Map(pattern, handler).WithDisplayName($"GraphQL {pattern}");
    }
}
