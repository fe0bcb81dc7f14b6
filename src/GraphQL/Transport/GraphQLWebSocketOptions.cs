namespace DigitalPost.GraphQL.Transport;

/// <summary>
/// Limits and hooks of the <c>graphql-transport-ws</c> protocol. Close codes the server uses are listed in
/// <see cref="GraphQLWebSocketCloseCodes"/>.
/// </summary>
public sealed record GraphQLWebSocketOptions
{
    /// <summary>Whether WebSocket requests are accepted on the endpoint. Default <c>true</c>.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// Time from the WebSocket handshake until the connection is acknowledged (a <c>connection_init</c> received
    /// and accepted by <see cref="OnConnectionInit"/>); past it the socket is closed with 4408. Default 3 s (as graphql-ws).
    /// </summary>
    public TimeSpan ConnectionInitTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Interval of the server's <c>ping</c> messages once the connection is acknowledged (clients answer
    /// <c>pong</c>); keeps proxies from closing idle sockets. <c>null</c> or zero: no keep-alive. Default 12 s.
    /// </summary>
    public TimeSpan? KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(12);

    /// <summary>
    /// Most operations (subscriptions, and queries or mutations still running) one connection may have
    /// active at once. A <c>subscribe</c> beyond it is answered with an <c>error</c> message (code
    /// <c>TOO_MANY_OPERATIONS</c>) for that id; the connection and its other operations go on. Default 100.
    /// </summary>
    public int MaxOperationsPerConnection { get; init; } = 100;

    /// <summary>
    /// Largest message in bytes (after reassembling its frames); a larger one closes the socket with
    /// 1009 (Message Too Big), the WebSocket code for exactly this. Default 64 KiB.
    /// </summary>
    public int MaxMessageSize { get; init; } = 64 * 1024;

    /// <summary>Size of the pooled buffer a message is first received into. Default 4 KiB.</summary>
    public int ReceiveBufferSize { get; init; } = 4 * 1024;

    /// <summary>Deepest nesting of a message's JSON; deeper: close 4400. Default 64.</summary>
    public int MaxJsonDepth { get; init; } = 64;

    /// <summary>
    /// Authenticates the <c>connection_init</c> payload (browsers cannot send headers on a WebSocket, so tokens
    /// travel here). Rejecting closes the socket with 4403 Forbidden; accepting may replace the caller and set a
    /// connection state that every operation of the connection sees. <c>null</c> (default): every init is accepted
    /// with the caller of the HTTP upgrade request.
    /// </summary>
    public Func<GraphQLConnectionInitContext, ValueTask<GraphQLConnectionInitResult>>? OnConnectionInit { get; init; }
}
