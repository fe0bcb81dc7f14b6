using System.Security.Claims;
using DigitalPost.GraphQL.Language;
using Microsoft.AspNetCore.Http;

namespace DigitalPost.GraphQL.Transport;

/// <summary>
/// What <see cref="GraphQLTransportOptions.CreateContext"/> knows about one operation: the HTTP context (of the
/// request, or of the WebSocket upgrade request), the caller, and on a WebSocket the connection's init payload,
/// state and the operation id.
/// </summary>
public sealed class GraphQLTransportContext
{
    internal GraphQLTransportContext(
        HttpContext httpContext,
        GraphQLTransportKind transport,
        ClaimsPrincipal user,
        OperationDefinitionNode operation,
        GraphQLConnectionInfo? connection,
        string? operationId,
        CancellationToken requestAborted)
    {
        HttpContext = httpContext;
        Transport = transport;
        User = user;
        Operation = operation;
        Connection = connection;
        OperationId = operationId;
        RequestAborted = requestAborted;
    }

    /// <summary>The HTTP context (for a WebSocket: the upgrade request's, alive as long as the socket).</summary>
    public HttpContext HttpContext { get; }

    /// <summary>HTTP or WebSocket.</summary>
    public GraphQLTransportKind Transport { get; }

    /// <summary>The caller: <c>HttpContext.User</c>, or on a WebSocket the user the connection-init hook returned.</summary>
    public ClaimsPrincipal User { get; }

    /// <summary>The operation about to run (already parsed, validated and selected; its type tells query, mutation or subscription).</summary>
    public OperationDefinitionNode Operation { get; }

    /// <summary>The operation's name, or <c>null</c> for an anonymous operation.</summary>
    public string? OperationName => Operation.Name?.Value;

    /// <summary>The WebSocket connection (init payload and state), or <c>null</c> over HTTP.</summary>
    public GraphQLConnectionInfo? Connection { get; }

    /// <summary>The <c>subscribe</c> message id on a WebSocket, or <c>null</c> over HTTP.</summary>
    public string? OperationId { get; }

    /// <summary>Cancelled when the HTTP request is aborted, or on a WebSocket when the client completes the operation or the socket closes.</summary>
    public CancellationToken RequestAborted { get; }
}
