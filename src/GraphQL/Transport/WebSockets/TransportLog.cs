using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQL.Transport.WebSockets;

/// <summary>Log messages of the WebSocket transport.</summary>
internal static partial class TransportLog
{
    [LoggerMessage(1, LogLevel.Error, "GraphQL WebSocket operation {OperationId} failed unexpectedly.")]
    public static partial void OperationFailed(ILogger logger, Exception exception, string operationId);

    [LoggerMessage(2, LogLevel.Error, "GraphQL WebSocket connection_init hook failed; closing with 4500.")]
    public static partial void ConnectionInitFailed(ILogger logger, Exception exception);

    [LoggerMessage(3, LogLevel.Debug, "GraphQL WebSocket closed by the server: {CloseCode} {Reason}.")]
    public static partial void ClosedByServer(ILogger logger, int closeCode, string reason);
}
