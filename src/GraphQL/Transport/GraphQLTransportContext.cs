using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace DigitalPost.GraphQL.Transport;

/// <summary>
/// What <see cref="GraphQLTransportOptions.CreateContext"/> knows about one operation: the HTTP context (of the
/// request, or of the WebSocket upgrade request), the caller, and on a WebSocket the connection's init payload,
/// state and the operation id.
/// </summary>
public sealed class GraphQLTransportContext
{
    internal GraphQLTransportContext(HttpContext httpContext, GraphQLTransportKind transport, ClaimsPrincipal user, string? operationName, GraphQLConnectionInfo? connection, string? operationId)
    {
        HttpContext = httpContext;
        Transport = transport;
        User = user;
        OperationName = operationName;
        Connection = connection;
        OperationId = operationId;
    }

    /// <summary>The HTTP context (for a WebSocket: the upgrade request's, alive as long as the socket).</summary>
    public HttpContext HttpContext { get; }

    /// <summary>HTTP or WebSocket.</summary>
    public GraphQLTransportKind Transport { get; }

    /// <summary>The caller: <c>HttpContext.User</c>, or on a WebSocket the user the connection-init hook returned.</summary>
    public ClaimsPrincipal User { get; }

    /// <summary>The requested operation name, or <c>null</c>.</summary>
    public string? OperationName { get; }

    /// <summary>The WebSocket connection (init payload and state), or <c>null</c> over HTTP.</summary>
    public GraphQLConnectionInfo? Connection { get; }

    /// <summary>The <c>subscribe</c> message id on a WebSocket, or <c>null</c> over HTTP.</summary>
    public string? OperationId { get; }

    /// <summary>Cancelled when the request is aborted (HTTP) or the socket closes.</summary>
    public CancellationToken RequestAborted => HttpContext.RequestAborted;
}
