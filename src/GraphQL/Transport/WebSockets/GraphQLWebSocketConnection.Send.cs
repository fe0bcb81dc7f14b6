using System.Net.WebSockets;
using System.Text.Json;
using DigitalPost.GraphQL.Execution;

namespace DigitalPost.GraphQL.Transport.WebSockets;

/// <summary>Server messages: written with <see cref="Utf8JsonWriter"/> into a pooled buffer, sent one at a time.</summary>
internal sealed partial class GraphQLWebSocketConnection
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText PayloadName = JsonEncodedText.Encode("payload");

    /// <summary>
    /// Serializes then sends one message. With an <paramref name="operation"/>, nothing is sent once it was
    /// cancelled (client complete, connection end), checked under the send lock so no next follows a complete.
    /// </summary>
    private async Task SendAsync(Action<Utf8JsonWriter> write, WebSocketOperation? operation)
    {
        using var buffer = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        try
        {
            await _sendLock.WaitAsync(operation?.Token ?? CancellationToken.None).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            return; // The connection is over (a late timer).
        }

        try
        {
            if (_socket.State != WebSocketState.Open || (operation is not null && operation.Token.IsCancellationRequested))
            {
                return;
            }

            await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, _operationsClosed.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The socket closed meanwhile; the receive loop ends the connection.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private Task SendErrorAsync(string id, IReadOnlyList<GraphQLError> errors, WebSocketOperation? operation) =>
        SendAsync(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString(IdName, id);
            writer.WriteString(TypeName, "error");
            writer.WritePropertyName(PayloadName);
            writer.WriteStartArray();
            foreach (var error in errors)
            {
                ResultJsonWriter.WriteError(writer, error);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }, operation);

    private static void WriteNext(Utf8JsonWriter writer, string id, ExecutionResult result)
    {
        writer.WriteStartObject();
        writer.WriteString(IdName, id);
        writer.WriteString(TypeName, "next");
        writer.WritePropertyName(PayloadName);
        ResultJsonWriter.Write(writer, result);
        writer.WriteEndObject();
    }

    private static void WriteIdOnly(Utf8JsonWriter writer, string type, string id)
    {
        writer.WriteStartObject();
        writer.WriteString(IdName, id);
        writer.WriteString(TypeName, type);
        writer.WriteEndObject();
    }

    private static void WriteSimple(Utf8JsonWriter writer, string type, JsonElement? payload = null)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeName, type);
        if (payload is { } value)
        {
            writer.WritePropertyName(PayloadName);
            value.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private static void WriteAck(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?>? payload)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeName, "connection_ack");
        if (payload is not null)
        {
            writer.WritePropertyName(PayloadName);
            ResultJsonWriter.WriteValue(writer, payload);
        }

        writer.WriteEndObject();
    }
}
