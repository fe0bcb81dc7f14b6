using System.Net.WebSockets;
using DigitalPost.GraphQL.Operations;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DigitalPost.GraphQL.Transport.WebSockets;

/// <summary>Accepts WebSocket requests for the <c>graphql-transport-ws</c> subprotocol and runs one connection per socket.</summary>
internal sealed class GraphQLWebSocketHandler(IRequestExecutor executor, GraphQLTransportOptions options)
{
    public async Task HandleAsync(HttpContext context)
    {
        var logger = context.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("DigitalPost.GraphQL.Transport.WebSockets") ?? NullLogger.Instance;
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWebSocketCloseCodes.SubProtocol))
        {
            // As graphql-ws does: complete the handshake so the client learns why, then close.
            using var refused = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
            await refused.CloseOutputAsync((WebSocketCloseStatus)GraphQLWebSocketCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(GraphQLWebSocketCloseCodes.SubProtocol).ConfigureAwait(false);
        await using var connection = new GraphQLWebSocketConnection(socket, context, executor, options, logger);
        await connection.RunAsync().ConfigureAwait(false);
    }
}
