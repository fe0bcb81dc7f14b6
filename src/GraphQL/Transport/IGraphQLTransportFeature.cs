using Microsoft.AspNetCore.Http;

namespace DigitalPost.GraphQL.Transport;

/// <summary>
/// Set on <c>HttpContext.Features</c> (which the executor hands to resolvers as <c>ResolverContext.Features</c>)
/// for every GraphQL request: the HTTP context and, on a WebSocket, the connection. Read it with
/// <see cref="ResolverContextTransportExtensions"/>.
/// </summary>
public interface IGraphQLTransportFeature
{
    /// <summary>The HTTP context (for a WebSocket: the upgrade request's).</summary>
    HttpContext HttpContext { get; }

    /// <summary>HTTP or WebSocket.</summary>
    GraphQLTransportKind Transport { get; }

    /// <summary>The acknowledged WebSocket connection, or <c>null</c> (HTTP, or before acknowledgement).</summary>
    GraphQLConnectionInfo? Connection { get; }
}
