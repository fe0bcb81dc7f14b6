using Microsoft.AspNetCore.Http;

namespace DigitalPost.GraphQL.Transport;

/// <summary>The <see cref="IGraphQLTransportFeature"/> of one HTTP request or WebSocket connection.</summary>
internal sealed class GraphQLTransportFeature(HttpContext httpContext, GraphQLTransportKind transport) : IGraphQLTransportFeature
{
    public HttpContext HttpContext { get; } = httpContext;

    public GraphQLTransportKind Transport { get; } = transport;

    public GraphQLConnectionInfo? Connection { get; set; }
}
