using System.Text.Json;

namespace DigitalPost.GraphQL.Transport.WebSockets;

/// <summary>The protocol's client messages: connection_init, ping, pong, subscribe, complete.</summary>
internal sealed partial class GraphQLWebSocketConnection
{
    private async Task HandleMessageAsync(ReadOnlyMemory<byte> utf8)
    {
        var message = ClientMessageParser.Parse(utf8.Span, _ws.MaxJsonDepth, out var error);
        if (message is null)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, Limit(error!)).ConfigureAwait(false);
            return;
        }

        var handedOver = false;
        try
        {
            switch (message.Type)
            {
                case "connection_init":
                    if (!IsObjectOrNull(message))
                    {
                        await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, "connection_init payload must be an object").ConfigureAwait(false);
                        return;
                    }

                    handedOver = true;
                    await InitialiseAsync(message.Payload).ConfigureAwait(false);
                    return;
                case "ping":
                    if (!IsObjectOrNull(message))
                    {
                        await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, "ping payload must be an object").ConfigureAwait(false);
                        return;
                    }

                    var payload = message.Payload;
                    await SendAsync(writer => WriteSimple(writer, "pong", payload?.RootElement), operation: null).ConfigureAwait(false);
                    return;
                case "pong":
                    if (!IsObjectOrNull(message))
                    {
                        await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, "pong payload must be an object").ConfigureAwait(false);
                    }

                    return;
                case "subscribe":
                    handedOver = await SubscribeAsync(message).ConfigureAwait(false);
                    return;
                case "complete":
                    if (string.IsNullOrEmpty(message.Id))
                    {
                        await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, "complete message requires a non-empty string 'id'").ConfigureAwait(false);
                        return;
                    }

                    Complete(message.Id);
                    return;
                default:
                    await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, Limit($"Unexpected message of type {message.Type} received")).ConfigureAwait(false);
                    return;
            }
        }
        finally
        {
            if (!handedOver)
            {
                message.Dispose();
            }
        }
    }

    private async Task InitialiseAsync(JsonDocument? payload)
    {
        var kept = false;
        try
        {
            kept = await AcknowledgeAsync(payload).ConfigureAwait(false);
        }
        finally
        {
            if (!kept)
            {
                payload?.Dispose();
            }
        }
    }

    /// <summary>Runs the init hook and acknowledges; <c>true</c> when the connection keeps <paramref name="payload"/>.</summary>
    private async Task<bool> AcknowledgeAsync(JsonDocument? payload)
    {
        if (_initReceived)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return false;
        }

        _initReceived = true;
        var payloadElement = payload?.RootElement;
        var result = GraphQLConnectionInitResult.Accept();
        if (_ws.OnConnectionInit is { } onInit)
        {
            try
            {
                result = await onInit(new GraphQLConnectionInitContext(_httpContext, payloadElement, _initCancellation.Token)).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_initCancellation.IsCancellationRequested)
            {
                return false; // Timed out or closed meanwhile; the close is already under way.
            }
            catch (Exception exception)
            {
                TransportLog.ConnectionInitFailed(_logger, exception);
                await CloseAsync(GraphQLWebSocketCloseCodes.InternalServerError, "Internal server error").ConfigureAwait(false);
                return false;
            }
        }

        if (Volatile.Read(ref _closing) == 1)
        {
            return false;
        }

        if (!result.IsAccepted)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
            return false;
        }

        // The payload document lives as long as the connection: hooks and resolvers may read it at any time.
        _initPayload = payload;
        var connection = new GraphQLConnectionInfo(payloadElement, result.User ?? _httpContext.User, result.State);
        _feature.Connection = connection;
        _connection = connection;
        _initTimer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (_ws.KeepAliveInterval is { } interval && interval > TimeSpan.Zero)
        {
            // Armed before the ack goes out, so a client that sees the ack can count on the first ping being scheduled.
            _keepAliveTimer = _options.TimeProvider.CreateTimer(static state => ((GraphQLWebSocketConnection)state!).OnKeepAlive(), this, interval, Timeout.InfiniteTimeSpan);
        }

        var ackPayload = result.AckPayload;
        await SendAsync(writer => WriteAck(writer, ackPayload), operation: null).ConfigureAwait(false);
        return true;
    }

    /// <summary>Starts an operation; <c>true</c> when the message (and its payload) was handed to it.</summary>
    private async Task<bool> SubscribeAsync(ClientMessage message)
    {
        if (_connection is null)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return false;
        }

        if (string.IsNullOrEmpty(message.Id))
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, "subscribe message requires a non-empty string 'id'").ConfigureAwait(false);
            return false;
        }

        if (SubscribePayload.Read(message, out var error) is not { } payload)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, Limit(error!)).ConfigureAwait(false);
            return false;
        }

        WebSocketOperation? operation = null;
        bool duplicate;
        lock (_operations)
        {
            duplicate = _operations.ContainsKey(message.Id);
            if (!duplicate && _operations.Count < _ws.MaxOperationsPerConnection)
            {
                operation = new WebSocketOperation(message.Id, _operationsClosed.Token);
                _operations.Add(message.Id, operation);
                _live.Add(operation);
            }
        }

        if (duplicate)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.SubscriberAlreadyExists, Limit($"Subscriber for {message.Id} already exists")).ConfigureAwait(false);
            return false;
        }

        if (operation is null)
        {
            await SendErrorAsync(message.Id, [TooManyOperationsError()], operation: null).ConfigureAwait(false);
            return false;
        }

        // The operation runs beside the receive loop, so pings, completes and other operations keep flowing.
        operation.Running = Task.Run(() => RunOperationAsync(operation, message, payload));
        return true;
    }

    private void Complete(string id)
    {
        WebSocketOperation? operation;
        lock (_operations)
        {
            // The id is free for reuse at once; the operation stays in _live until its task ends.
            _operations.Remove(id, out operation);
        }

        operation?.Cancel();
    }

    private static bool IsObjectOrNull(ClientMessage message) =>
        message.PayloadKind is JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object;

    /// <summary>Close reasons are limited to 123 bytes by the WebSocket protocol.</summary>
    private static string Limit(string reason)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(reason) <= 123)
        {
            return reason;
        }

        var cut = reason.Length > 120 ? reason[..120] : reason;
        while (System.Text.Encoding.UTF8.GetByteCount(cut) > 120)
        {
            cut = cut[..^1];
        }

        return cut + "...";
    }
}
