using System.Net.WebSockets;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Operations;

namespace DigitalPost.GraphQL.Transport.WebSockets;

/// <summary>Running one operation: single results become next + complete (or error), streams become next... + complete.</summary>
internal sealed partial class GraphQLWebSocketConnection
{
    private const string TooManyOperationsCode = "TOO_MANY_OPERATIONS";

    private async Task RunOperationAsync(WebSocketOperation operation, ClientMessage message, SubscribePayload payload)
    {
        var cancellationToken = operation.Token;
        try
        {
            var connection = _connection!;
            var body = new GraphQLRequestBody
            {
                Query = payload.Query,
                OperationName = payload.OperationName,
                Variables = payload.Variables,
                Extensions = payload.Extensions,
                DocumentId = payload.DocumentId,
            };
            var prepared = await _executor.PrepareAsync(body, cancellationToken).ConfigureAwait(false);
            if (!prepared.IsValid)
            {
                // Nothing can run (syntax, validation, operation selection, limits): the protocol's error message.
                if (Finish(operation))
                {
                    await SendErrorAsync(operation.Id, prepared.Errors ?? [], operation: null).ConfigureAwait(false);
                }

                return;
            }

            var userContext = connection.State;
            if (_options.CreateContext is { } createContext)
            {
                try
                {
                    userContext = await createContext(new GraphQLTransportContext(_httpContext, GraphQLTransportKind.WebSocket, connection.User, prepared.Operation!, connection, operation.Id, cancellationToken)).ConfigureAwait(false);
                }
                catch (GraphQLException exception)
                {
                    if (Finish(operation))
                    {
                        await SendErrorAsync(operation.Id, [ErrorConversion.ToError(exception)], operation: null).ConfigureAwait(false);
                    }

                    return;
                }
            }

            var requestContext = new GraphQLRequestContext
            {
                Services = _httpContext.RequestServices,
                User = connection.User,
                Context = userContext,
                Features = _httpContext.Features,
            };
            var subscription = await _executor.SubscribeAsync(prepared, requestContext, cancellationToken).ConfigureAwait(false);
            if (subscription.Single is { } single)
            {
                if (single.IsRequestError)
                {
                    // Nothing was executed (variables, a refused subscribe resolver): the protocol's error message.
                    if (Finish(operation))
                    {
                        await SendErrorAsync(operation.Id, single.Errors ?? [], operation: null).ConfigureAwait(false);
                    }

                    return;
                }

                await SendAsync(writer => WriteNext(writer, operation.Id, single), operation).ConfigureAwait(false);
            }
            else
            {
                await foreach (var result in subscription.Stream!.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    await SendAsync(writer => WriteNext(writer, operation.Id, result), operation).ConfigureAwait(false);
                }
            }

            // Freed before complete goes out, so a client may reuse the id as soon as it reads complete.
            if (Finish(operation))
            {
                await SendAsync(writer => WriteIdOnly(writer, "complete", operation.Id), operation: null).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Completed by the client or the connection ended: nothing more is sent for this id.
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException)
        {
            // The socket is gone.
        }
        catch (Exception exception)
        {
            TransportLog.OperationFailed(_logger, exception, operation.Id);
            if (Finish(operation))
            {
                await SendErrorAsync(operation.Id, [GraphQLError.WithCode("Unexpected error.", ErrorCodes.InternalServerError)], operation: null).ConfigureAwait(false);
            }
        }
        finally
        {
            Finish(operation);
            lock (_operations)
            {
                _live.Remove(operation);
            }

            message.Dispose();
            operation.Dispose();
        }
    }

    /// <summary>Frees the operation's id; <c>false</c> when the client completed it (or the connection ended) first.</summary>
    private bool Finish(WebSocketOperation operation)
    {
        lock (_operations)
        {
            if (!_operations.TryGetValue(operation.Id, out var registered) || registered != operation)
            {
                return false;
            }

            _operations.Remove(operation.Id);
        }

        return !operation.Token.IsCancellationRequested;
    }

    private GraphQLError TooManyOperationsError() =>
        GraphQLError.WithCode($"Too many active operations on this connection (limit {_ws.MaxOperationsPerConnection}): complete one first.", TooManyOperationsCode);
}
