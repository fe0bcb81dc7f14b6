using DigitalPost.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace DigitalPost.GraphQL.Transport;

/// <summary>Transport details for resolvers of requests that came through the mapped endpoints.</summary>
public static class ResolverContextTransportExtensions
{
    /// <summary>The HTTP context of the request (the WebSocket upgrade request's for socket operations), or <c>null</c> outside the transports.</summary>
    public static HttpContext? GetHttpContext(this ResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features?.Get<IGraphQLTransportFeature>()?.HttpContext;
    }

    /// <summary>The WebSocket connection the operation runs on, or <c>null</c> over HTTP.</summary>
    public static GraphQLConnectionInfo? GetConnection(this ResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features?.Get<IGraphQLTransportFeature>()?.Connection;
    }
}
