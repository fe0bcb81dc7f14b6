namespace DigitalPost.GraphQL.Transport;

/// <summary>
/// Options of a GraphQL endpoint mapped with
/// <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder, string, DigitalPost.GraphQL.Operations.IRequestExecutor, GraphQLTransportOptions?)"/>:
/// the HTTP and WebSocket limits and the host's hooks.
/// </summary>
public sealed record GraphQLTransportOptions
{
    /// <summary>The defaults.</summary>
    public static GraphQLTransportOptions Default { get; } = new();

    /// <summary>GraphQL over HTTP (POST and GET).</summary>
    public GraphQLHttpOptions Http { get; init; } = new();

    /// <summary>The <c>graphql-transport-ws</c> WebSocket protocol.</summary>
    public GraphQLWebSocketOptions WebSocket { get; init; } = new();

    /// <summary>
    /// Builds the application's context object for one operation (HTTP request or WebSocket
    /// <c>subscribe</c>); resolvers read it as <c>ResolverContext.UserContext</c>. It sees the
    /// <see cref="Microsoft.AspNetCore.Http.HttpContext"/>, the caller and, on a WebSocket, the
    /// <c>connection_init</c> payload and the state the connection-init hook returned.
    /// <c>null</c> (default): the context is the connection state on WebSockets and <c>null</c> over HTTP.
    /// Throwing <see cref="DigitalPost.GraphQL.Execution.GraphQLException"/> refuses the operation with
    /// that error (HTTP: status 403 with <c>application/graphql-response+json</c>, 200 with
    /// <c>application/json</c>; WebSocket: an <c>error</c> message).
    /// </summary>
    public Func<GraphQLTransportContext, ValueTask<object?>>? CreateContext { get; init; }

    /// <summary>The clock for the WebSocket timers (initialisation timeout, keep-alive). Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
