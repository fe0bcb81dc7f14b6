using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;

namespace DigitalPost.LoadTests.Gateway;

/// <summary>
/// A client of the <c>graphql-transport-ws</c> protocol on <see cref="ClientWebSocket"/>: <c>connection_init</c>
/// with the bearer token in the payload (<c>{"authorization":"Bearer …"}</c>, as the gateway expects), waiting for
/// <c>connection_ack</c>; <c>subscribe</c> / <c>next</c> / <c>error</c> / <c>complete</c> per operation id; the
/// server's <c>ping</c> answered with <c>pong</c>, and <see cref="PingAsync"/> for a round trip of our own. One
/// receive loop reads every message and stamps it with the time it came off the socket.
/// </summary>
public sealed class GraphQLWebSocketClient : IAsyncDisposable
{
    /// <summary>The WebSocket sub-protocol.</summary>
    public const string SubProtocol = "graphql-transport-ws";

    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, GraphQLSubscription> _subscriptions = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<TaskCompletionSource> _pings = new();
    private readonly TaskCompletionSource _acknowledged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;
    private int _nextId;
    private int _disposed;

    private GraphQLWebSocketClient(ClientWebSocket socket)
    {
        _socket = socket;
    }

    /// <summary>How the server closed the connection, once it has.</summary>
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    /// <summary>The server's close reason, once it has closed.</summary>
    public string? CloseDescription => _socket.CloseStatusDescription;

    /// <summary>The <c>ws:</c>/<c>wss:</c> address of <paramref name="path"/> on the HTTP(S) <paramref name="target"/>.</summary>
    public static Uri WebSocketUri(Uri target, string path)
    {
        ArgumentNullException.ThrowIfNull(target);
        var builder = new UriBuilder(new Uri(target, path))
        {
            Scheme = target.Scheme == Uri.UriSchemeHttps ? "wss" : "ws",
        };
        return builder.Uri;
    }

    /// <summary>
    /// Connects to <paramref name="uri"/>, sends <c>connection_init</c> (with <paramref name="token"/> when given) and
    /// waits at most <paramref name="timeout"/> for <c>connection_ack</c>. A refusal (the gateway closes with 4403)
    /// throws a <see cref="GatewayException"/> of kind <c>ws-close-&lt;code&gt;</c>.
    /// </summary>
    public static async Task<GraphQLWebSocketClient> ConnectAsync(Uri uri, string? token, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(SubProtocol);
        var client = new GraphQLWebSocketClient(socket);
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            try
            {
                await socket.ConnectAsync(uri, deadline.Token).ConfigureAwait(false);
            }
            catch (WebSocketException exception)
            {
                throw new GatewayException("ws-connect", $"WebSocket connection to {uri} failed: {exception.Message}");
            }

            if (socket.SubProtocol != SubProtocol)
            {
                throw new GatewayException("ws-subprotocol", $"{uri} did not accept the {SubProtocol} sub-protocol (got '{socket.SubProtocol}').");
            }

            client._receiving = Task.Run(client.ReceiveLoopAsync, CancellationToken.None);
            await client.SendAsync(writer =>
            {
                writer.WriteString("type", "connection_init");
                if (token is not null)
                {
                    writer.WriteStartObject("payload");
                    writer.WriteString("authorization", "Bearer " + token);
                    writer.WriteEndObject();
                }
            }, deadline.Token).ConfigureAwait(false);
            try
            {
                await client._acknowledged.Task.WaitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new GatewayException("ws-ack-timeout", $"No connection_ack from {uri} within {timeout.TotalSeconds:0.#} s.");
            }

            return client;
        }
        catch
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Starts a subscription; its events arrive on <see cref="GraphQLSubscription.Events"/>.</summary>
    public async Task<GraphQLSubscription> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        var subscription = new GraphQLSubscription(this, id);
        // Registered before sending, so an event the server sends at once is not lost.
        _subscriptions[id] = subscription;
        await SendAsync(writer =>
        {
            writer.WriteString("id", id);
            writer.WriteString("type", "subscribe");
            writer.WritePropertyName("payload");
            GraphQLHttpClient.Write(writer, request);
        }, cancellationToken).ConfigureAwait(false);
        return subscription;
    }

    /// <summary>Sends <c>ping</c> and waits for the server's <c>pong</c>; returns the round trip.</summary>
    public async Task<TimeSpan> PingAsync(CancellationToken cancellationToken)
    {
        var pong = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = Stopwatch.GetTimestamp();
        // The lock orders the queue and the socket alike, so pongs (which carry no id) match pings in order.
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _pings.Enqueue(pong);
            await SendUnlockedAsync(writer => writer.WriteString("type", "ping"), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }

        await pong.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return Stopwatch.GetElapsedTime(start);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token).ConfigureAwait(false);
                await _receiving.WaitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The server went away first; the socket is aborted below.
            }
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        _socket.Abort();
        try
        {
            await _receiving.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // Aborted on purpose.
        }

        EndAll(new GatewayException("ws-closed", "the client closed the connection"));
        _socket.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
    }

    internal async Task CompleteAsync(GraphQLSubscription subscription)
    {
        if (_subscriptions.TryRemove(subscription.Id, out _) && _socket.State == WebSocketState.Open)
        {
            try
            {
                await SendAsync(writer =>
                {
                    writer.WriteString("id", subscription.Id);
                    writer.WriteString("type", "complete");
                }, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException)
            {
                // The connection is going away anyway.
            }
        }
    }

    private async Task SendAsync(Action<Utf8JsonWriter> writeMembers, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await SendUnlockedAsync(writeMembers, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task SendUnlockedAsync(Action<Utf8JsonWriter> writeMembers, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeMembers(writer);
            writer.WriteEndObject();
        }

        await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task ReceiveLoopAsync()
    {
        var message = new ArrayBufferWriter<byte>(4096);
        Exception? failure = null;
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                message.ResetWrittenCount();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(message.GetMemory(4096), _stop.Token).ConfigureAwait(false);
                    message.Advance(result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                var received = Stopwatch.GetTimestamp();
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    failure = new GatewayException(
                        $"ws-close-{(int?)_socket.CloseStatus ?? 0}",
                        $"the server closed the connection: {(int?)_socket.CloseStatus} {_socket.CloseStatusDescription}");
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
                    }

                    return;
                }

                await HandleAsync(message.WrittenMemory, received).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or JsonException or ObjectDisposedException)
        {
            failure = exception is JsonException
                ? new GatewayException("ws-bad-message", "the server sent a message that is not JSON: " + exception.Message)
                : new GatewayException("ws-closed", "the connection ended: " + exception.Message);
        }
        finally
        {
            failure ??= new GatewayException("ws-closed", "the connection ended");
            _acknowledged.TrySetException(failure);
            EndAll(failure);
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> message, long received)
    {
        using var document = JsonDocument.Parse(message);
        var root = document.RootElement;
        var type = root.TryGetProperty("type", out var typeElement) ? typeElement.GetString() : null;
        var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
        switch (type)
        {
            case "connection_ack":
                _acknowledged.TrySetResult();
                break;
            case "ping":
                await SendAsync(writer => writer.WriteString("type", "pong"), _stop.Token).ConfigureAwait(false);
                break;
            case "pong":
                if (_pings.TryDequeue(out var pong))
                {
                    pong.TrySetResult();
                }

                break;
            case "next" when id is not null && _subscriptions.TryGetValue(id, out var subscription):
                var payload = root.TryGetProperty("payload", out var payloadElement) ? payloadElement.Clone() : default;
                subscription.Deliver(new SubscriptionEvent(payload, received));
                break;
            case "error" when id is not null && _subscriptions.TryRemove(id, out var failed):
                failed.End(ErrorOf(root));
                break;
            case "complete" when id is not null && _subscriptions.TryRemove(id, out var completed):
                completed.End(null);
                break;
            default:
                // A message for an operation we already completed, or a type this client does not use.
                break;
        }
    }

    private static GatewayException ErrorOf(JsonElement root)
    {
        if (root.TryGetProperty("payload", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            using var wrapped = JsonDocument.Parse("{\"errors\":" + errors.GetRawText() + "}");
            var judged = GraphQLResult.Judge(wrapped.RootElement, 0, 0);
            return new GatewayException(judged.ErrorKind ?? "graphql-error", judged.Message ?? "subscription error");
        }

        return new GatewayException("graphql-error", "the server ended the subscription with an error: " + root.GetRawText());
    }

    private void EndAll(Exception error)
    {
        foreach (var pair in _subscriptions)
        {
            if (_subscriptions.TryRemove(pair.Key, out var subscription))
            {
                subscription.End(error);
            }
        }

        while (_pings.TryDequeue(out var ping))
        {
            ping.TrySetException(error);
        }
    }
}
