using System.Text.Json;
using System.Text.Unicode;

namespace DigitalPost.GraphQL.Transport.WebSockets;

/// <summary>Reads one client message with <see cref="Utf8JsonReader"/>; anything that is not a JSON object with a string <c>type</c> is invalid (4400).</summary>
internal static class ClientMessageParser
{
    private static ReadOnlySpan<byte> TypeName => "type"u8;

    private static ReadOnlySpan<byte> IdName => "id"u8;

    private static ReadOnlySpan<byte> PayloadName => "payload"u8;

    /// <summary>The message, or <c>null</c> with the reason in <paramref name="error"/>.</summary>
    public static ClientMessage? Parse(ReadOnlySpan<byte> utf8, int maxDepth, out string? error)
    {
        error = null;
        if (!Utf8.IsValid(utf8))
        {
            error = "Message is not valid UTF-8";
            return null;
        }

        string? type = null, id = null;
        var payloadKind = JsonValueKind.Undefined;
        JsonDocument? payload = null;
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = "Message is expected to be a JSON object";
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals(TypeName))
                {
                    reader.Read();
                    type = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    reader.Skip();
                }
                else if (reader.ValueTextEquals(IdName))
                {
                    reader.Read();
                    id = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    reader.Skip();
                }
                else if (reader.ValueTextEquals(PayloadName))
                {
                    reader.Read();
                    payload?.Dispose();
                    payload = null;
                    payloadKind = Kind(reader.TokenType);
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        payload = JsonDocument.ParseValue(ref reader);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (reader.Read())
            {
                error = "Message has content after its JSON object";
            }
        }
        catch (JsonException exception)
        {
            error = $"Message is not valid JSON ({exception.Message})";
        }

        if (error is null && string.IsNullOrEmpty(type))
        {
            error = "Message is missing a string 'type' property";
        }

        if (error is not null)
        {
            payload?.Dispose();
            return null;
        }

        return new ClientMessage { Type = type!, Id = id, PayloadKind = payloadKind, Payload = payload };
    }

    private static JsonValueKind Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => JsonValueKind.Object,
        JsonTokenType.StartArray => JsonValueKind.Array,
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        _ => JsonValueKind.Null,
    };
}
