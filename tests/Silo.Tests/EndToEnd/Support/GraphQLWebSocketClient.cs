using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DigitalPost.Silo.Tests.EndToEnd.Support;

/// <summary>
/// A graphql-transport-ws client over <see cref="ClientWebSocket"/>: <c>connection_init</c> (with the
/// token in the payload) and <c>connection_ack</c>, answers pings, routes <c>next</c>/<c>error</c>/<c>complete</c>
/// to their <see cref="GraphQLSubscription"/>, and records how the server closed the socket.
/// </summary>
public sealed class GraphQLWebSocketClient : IAsyncDisposable
{
    /// <summary>The subprotocol of the graphql-ws library.</summary>
    public const string SubProtocol = "graphql-transport-ws";

    /// <summary>How long waits for a message last by default (a wait ends at once when the message arrives).</summary>
    public static readonly TimeSpan DefaultPatience = TimeSpan.FromSeconds(15);

    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, GraphQLSubscription> _subscriptions = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<JsonNode?> _ack = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private Task? _receiveLoop;
    private int _nextId;
    private TaskCompletionSource? _paused;
    private HttpMessageInvoker? _invoker;

    private GraphQLWebSocketClient(ClientWebSocket socket)
    {
        _socket = socket;
    }

    /// <summary>The close status the server sent (null while open or when the connection just dropped).</summary>
    public WebSocketCloseStatus? CloseStatus { get; private set; }

    /// <summary>The close reason the server sent.</summary>
    public string? CloseDescription { get; private set; }

    /// <summary>The <c>connection_ack</c> payload.</summary>
    public JsonNode? AckPayload { get; private set; }

    /// <summary>
    /// Connects, sends <c>connection_init</c> with <paramref name="initPayload"/> and waits for the ack.
    /// When the server closes instead (4403 for a bad token, say), throws a
    /// <see cref="GraphQLWebSocketClosedException"/> with the close status.
    /// </summary>
    /// <param name="endpoint">The <c>ws://</c> address.</param>
    /// <param name="initPayload">The <c>connection_init</c> payload (none when null).</param>
    /// <param name="headers">Headers of the upgrade request.</param>
    /// <param name="patience">How long to wait for the ack.</param>
    /// <param name="socketReceiveBufferSize">The TCP receive buffer of the client's socket (small: the server's sends back up sooner while reading is paused).</param>
    public static async Task<GraphQLWebSocketClient> ConnectAsync(Uri endpoint, JsonObject? initPayload, IReadOnlyDictionary<string, string>? headers = null, TimeSpan? patience = null, int? socketReceiveBufferSize = null)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(SubProtocol);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            socket.Options.SetRequestHeader(name, value);
        }

        var client = new GraphQLWebSocketClient(socket);
        try
        {
            using var connectTimeout = new CancellationTokenSource(patience ?? DefaultPatience);
            if (socketReceiveBufferSize is { } size)
            {
                // The invoker lives as long as the client: the upgraded connection came from its handler.
                client._invoker = new HttpMessageInvoker(new SocketsHttpHandler { ConnectCallback = (context, cancel) => ConnectSmallBufferAsync(context, size, cancel) });
                await socket.ConnectAsync(endpoint, client._invoker, connectTimeout.Token).ConfigureAwait(false);
            }
            else
            {
                await socket.ConnectAsync(endpoint, connectTimeout.Token).ConfigureAwait(false);
            }

            client._receiveLoop = Task.Run(client.ReceiveLoopAsync);
            var init = new JsonObject { ["type"] = "connection_init" };
            if (initPayload is not null)
            {
                init["payload"] = initPayload.DeepClone();
            }

            await client.SendAsync(init).ConfigureAwait(false);
            var first = await Task.WhenAny(client._ack.Task, client._closed.Task).WaitAsync(patience ?? DefaultPatience).ConfigureAwait(false);
            if (first != client._ack.Task)
            {
                throw new GraphQLWebSocketClosedException(client.CloseStatus, client.CloseDescription);
            }

            client.AckPayload = await client._ack.Task.ConfigureAwait(false);
            return client;
        }
        catch
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Sends <c>subscribe</c> and returns the subscription (its messages arrive in order).</summary>
    public async Task<GraphQLSubscription> SubscribeAsync(string query, object? variables = null, string? operationName = null)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        var subscription = new GraphQLSubscription(this, id);
        _subscriptions[id] = subscription;
        if (_closed.Task.IsCompleted)
        {
            subscription.Deliver(ClosedMessage(id));
            subscription.End();
            return subscription;
        }

        var payload = new JsonObject { ["query"] = query };
        if (variables is not null)
        {
            payload["variables"] = variables as JsonNode ?? JsonSerializer.SerializeToNode(variables);
        }

        if (operationName is not null)
        {
            payload["operationName"] = operationName;
        }

        await SendAsync(new JsonObject { ["id"] = id, ["type"] = "subscribe", ["payload"] = payload }).ConfigureAwait(false);
        return subscription;
    }

    /// <summary>Stops reading from the socket after the message being read (a client too slow to keep up).</summary>
    public void PauseReading() => Interlocked.CompareExchange(ref _paused, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), null);

    /// <summary>Reads again.</summary>
    public void ResumeReading() => Interlocked.Exchange(ref _paused, null)?.TrySetResult();

    /// <summary>Completes when the server has closed the connection (or it dropped).</summary>
    public async Task<(WebSocketCloseStatus? Status, string? Description)> WaitForCloseAsync(TimeSpan? patience = null)
    {
        await _closed.Task.WaitAsync(patience ?? DefaultPatience).ConfigureAwait(false);
        return (CloseStatus, CloseDescription);
    }

    /// <summary>Sends one protocol message.</summary>
    public async Task SendAsync(JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The server went first; nothing to close.
            }
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        if (_receiveLoop is not null)
        {
            await _receiveLoop.ConfigureAwait(false);
        }

        _socket.Dispose();
        _invoker?.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (true)
            {
                if (Volatile.Read(ref _paused) is { } paused)
                {
                    await paused.Task.WaitAsync(_stop.Token).ConfigureAwait(false);
                }

                buffer.Clear();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer.GetMemory(4096), _stop.Token).ConfigureAwait(false);
                    buffer.Advance(result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    CloseStatus = _socket.CloseStatus;
                    CloseDescription = _socket.CloseStatusDescription;
                    return;
                }

                await HandleAsync(JsonNode.Parse(buffer.WrittenSpan) as JsonObject).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Dropped or disposed: treated as closed below.
        }
        finally
        {
            _closed.TrySetResult();
            foreach (var subscription in _subscriptions.Values)
            {
                subscription.Deliver(ClosedMessage(subscription.Id));
                subscription.End();
            }
        }
    }

    private async Task HandleAsync(JsonObject? message)
    {
        var type = message?["type"]?.GetValue<string>();
        var id = message?["id"]?.GetValue<string>();
        switch (type)
        {
            case "connection_ack":
                _ack.TrySetResult(message!["payload"]?.DeepClone());
                break;
            case "ping":
                await SendAsync(new JsonObject { ["type"] = "pong" }).ConfigureAwait(false);
                break;
            case "next" or "error" or "complete" when id is not null && _subscriptions.TryGetValue(id, out var subscription):
                subscription.Deliver(new GraphQLWebSocketMessage(type, id, message!["payload"]?.DeepClone()));
                if (type != "next")
                {
                    _subscriptions.TryRemove(id, out _);
                    subscription.End();
                }

                break;
            default:
                // pong and messages for subscriptions already ended carry nothing for the tests.
                break;
        }
    }

    private static async ValueTask<Stream> ConnectSmallBufferAsync(SocketsHttpConnectionContext context, int receiveBufferSize, CancellationToken cancellationToken)
    {
        var tcp = new Socket(SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = receiveBufferSize, NoDelay = true };
        try
        {
            await tcp.ConnectAsync(context.DnsEndPoint, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(tcp, ownsSocket: true);
        }
        catch
        {
            tcp.Dispose();
            throw;
        }
    }

    private GraphQLWebSocketMessage ClosedMessage(string id) => new(GraphQLWebSocketMessage.ClosedType, id, null, CloseStatus, CloseDescription);
}
