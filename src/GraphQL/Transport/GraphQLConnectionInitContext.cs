using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace DigitalPost.GraphQL.Transport;

/// <summary>The input of <see cref="GraphQLWebSocketOptions.OnConnectionInit"/>.</summary>
public sealed class GraphQLConnectionInitContext
{
    internal GraphQLConnectionInitContext(HttpContext httpContext, JsonElement? payload, CancellationToken cancellationToken)
    {
        HttpContext = httpContext;
        Payload = payload;
        CancellationToken = cancellationToken;
    }

    /// <summary>The WebSocket upgrade request's context (its <c>User</c> is whatever the host's authentication found).</summary>
    public HttpContext HttpContext { get; }

    /// <summary>The <c>connection_init</c> payload (an object), or <c>null</c> when the client sent none.</summary>
    public JsonElement? Payload { get; }

    /// <summary>Cancelled when the socket closes or the initialisation timeout passes.</summary>
    public CancellationToken CancellationToken { get; }
}
