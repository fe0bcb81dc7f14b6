using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using DigitalPost.GraphQL.Operations;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQL.Transport.WebSockets;

/// <summary>
/// One <c>graphql-transport-ws</c> connection: a receive loop that reads whole messages into a pooled buffer and
/// handles them in order, operations running concurrently beside it, and one send at a time. Closing the socket
/// (either side, or the request being aborted) cancels every operation and waits for them before returning.
/// </summary>
internal sealed partial class GraphQLWebSocketConnection : IAsyncDisposable
{
    private readonly WebSocket _socket;
    private readonly HttpContext _httpContext;
    private readonly IRequestExecutor _executor;
    private readonly GraphQLTransportOptions _options;
    private readonly GraphQLWebSocketOptions _ws;
    private readonly ILogger _logger;
    private readonly GraphQLTransportFeature _feature;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _operationsClosed;
    private readonly CancellationTokenSource _receiveStopped;
    private readonly Dictionary<string, WebSocketOperation> _operations = new(StringComparer.Ordinal);
    private readonly HashSet<WebSocketOperation> _live = [];
    private readonly CancellationTokenSource _initCancellation;
    private ITimer? _initTimer;
    private ITimer? _keepAliveTimer;
    private ITimer? _closeTimer;
    private bool _initReceived;
    private volatile GraphQLConnectionInfo? _connection;
    private JsonDocument? _initPayload;
    private int _closing;
    private int _disposed;

    public GraphQLWebSocketConnection(WebSocket socket, HttpContext httpContext, IRequestExecutor executor, GraphQLTransportOptions options, ILogger logger)
    {
        _socket = socket;
        _httpContext = httpContext;
        _executor = executor;
        _options = options;
        _ws = options.WebSocket;
        _logger = logger;
        _operationsClosed = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
        _receiveStopped = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
        _initCancellation = CancellationTokenSource.CreateLinkedTokenSource(_operationsClosed.Token);
        _feature = new GraphQLTransportFeature(httpContext, GraphQLTransportKind.WebSocket);
        httpContext.Features.Set<IGraphQLTransportFeature>(_feature);
    }

    public async Task RunAsync()
    {
        _initTimer = _options.TimeProvider.CreateTimer(static state => ((GraphQLWebSocketConnection)state!).OnInitTimeout(), this, _ws.ConnectionInitTimeout, Timeout.InfiniteTimeSpan);
        try
        {
            await ReceiveLoopAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The peer vanished or the request was aborted: nothing left to tell it.
        }
        finally
        {
            await StopOperationsAsync().ConfigureAwait(false);
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, Math.Min(_ws.ReceiveBufferSize, BufferCap)));
        var length = 0;
        try
        {
            // CloseSent too: after the server closes, the client's close frame is still read so the handshake completes.
            while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, BufferCap));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var received = await _socket.ReceiveAsync(buffer.AsMemory(length), _receiveStopped.Token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await AnswerCloseAsync().ConfigureAwait(false);
                    return;
                }

                if (Volatile.Read(ref _closing) == 1)
                {
                    length = 0; // Closing: whatever still arrives is dropped.
                    continue;
                }

                length += received.Count;
                if (length > _ws.MaxMessageSize)
                {
                    length = 0;
                    await CloseAsync(GraphQLWebSocketCloseCodes.MessageTooBig, $"Message larger than {_ws.MaxMessageSize} bytes").ConfigureAwait(false);
                    continue;
                }

                if (!received.EndOfMessage)
                {
                    continue;
                }

                var message = buffer.AsMemory(0, length);
                length = 0;
                if (received.MessageType == WebSocketMessageType.Binary)
                {
                    await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, "Binary messages are not supported").ConfigureAwait(false);
                    continue;
                }

                await HandleMessageAsync(message).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>One byte past the message limit: receiving it proves a message is too big.</summary>
    private int BufferCap => (int)Math.Min((long)_ws.MaxMessageSize + 1, Array.MaxLength);

    /// <summary>Completes a close the client started, echoing its status.</summary>
    private async Task AnswerCloseAsync()
    {
        Interlocked.Exchange(ref _closing, 1);
        _operationsClosed.Cancel();
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_socket.State == WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, _socket.CloseStatusDescription, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Closes the socket with a protocol close code (once). Operations are cancelled at once; the receive loop ends
    /// when the client answers the close, or after a grace period if it never does.
    /// </summary>
    private async Task CloseAsync(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closing, 1) == 1)
        {
            return;
        }

        TransportLog.ClosedByServer(_logger, code, reason);
        try
        {
            _operationsClosed.Cancel();
            await _sendLock.WaitAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            return; // The connection is over (a late timer).
        }

        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
        finally
        {
            _sendLock.Release();
        }

        if (Volatile.Read(ref _disposed) == 1)
        {
            return;
        }

        _closeTimer = _options.TimeProvider.CreateTimer(static state => ((GraphQLWebSocketConnection)state!).StopReceiving(), this, CloseGracePeriod, Timeout.InfiniteTimeSpan);
    }

    private void StopReceiving()
    {
        try
        {
            _receiveStopped.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>How long a client has to answer the server's close frame before the socket is dropped.</summary>
    private static TimeSpan CloseGracePeriod => TimeSpan.FromSeconds(5);

    private void OnInitTimeout()
    {
        if (_connection is null && Volatile.Read(ref _disposed) == 0)
        {
            try
            {
                _initCancellation.Cancel();
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            _ = CloseAsync(GraphQLWebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    private void OnKeepAlive()
    {
        if (Volatile.Read(ref _closing) == 1 || Volatile.Read(ref _disposed) == 1)
        {
            return;
        }

        // Re-armed before sending, so the next ping is scheduled however long this send takes.
        _keepAliveTimer?.Change(_ws.KeepAliveInterval!.Value, Timeout.InfiniteTimeSpan);
        _ = SendAsync(static writer => WriteSimple(writer, "ping"), operation: null);
    }

    private async Task StopOperationsAsync()
    {
        Interlocked.Exchange(ref _closing, 1);
        _operationsClosed.Cancel();
        Task[] running;
        lock (_operations)
        {
            running = _live.Select(o => o.Running).ToArray();
        }

        try
        {
            await Task.WhenAll(running).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Each operation handles and logs its own failure.
        }
    }

    public async ValueTask DisposeAsync()
    {
        Interlocked.Exchange(ref _disposed, 1);
        if (_initTimer is not null)
        {
            await _initTimer.DisposeAsync().ConfigureAwait(false);
        }

        if (_keepAliveTimer is not null)
        {
            await _keepAliveTimer.DisposeAsync().ConfigureAwait(false);
        }

        if (_closeTimer is not null)
        {
            await _closeTimer.DisposeAsync().ConfigureAwait(false);
        }

        _initPayload?.Dispose();
        _initCancellation.Dispose();
        _operationsClosed.Dispose();
        _receiveStopped.Dispose();
        _sendLock.Dispose();
    }
}
