using System.Text.Json;
using DigitalPost.GraphQL.Transport.Http;

namespace DigitalPost.GraphQL.Transport.WebSockets;

/// <summary>The payload of a <c>subscribe</c> message, checked as graphql-ws checks it (invalid: close 4400).</summary>
internal sealed record SubscribePayload(
    string? Query,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions,
    string? DocumentId)
{
    public static SubscribePayload? Read(ClientMessage message, out string? error)
    {
        error = null;
        if (message.Payload is not { } document)
        {
            error = $"\"subscribe\" message expects the 'payload' property to be an object, but got {RequestParameterParser.Describe(message.PayloadKind)}";
            return null;
        }

        string? query = null, operationName = null, documentId = null;
        IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "query" when value.ValueKind is JsonValueKind.String or JsonValueKind.Null:
                    query = value.GetString();
                    break;
                case "operationName" when value.ValueKind is JsonValueKind.String or JsonValueKind.Null:
                    operationName = value.GetString();
                    break;
                case "documentId" when value.ValueKind is JsonValueKind.String or JsonValueKind.Null:
                    documentId = value.GetString();
                    break;
                case "variables" when value.ValueKind is JsonValueKind.Object or JsonValueKind.Null:
                    variables = ToMap(value);
                    break;
                case "extensions" when value.ValueKind is JsonValueKind.Object or JsonValueKind.Null:
                    extensions = ToMap(value);
                    break;
                case "query" or "operationName" or "documentId":
                    error = $"\"subscribe\" message payload expects the '{property.Name}' property to be a string, but got {RequestParameterParser.Describe(value.ValueKind)}";
                    return null;
                case "variables" or "extensions":
                    error = $"\"subscribe\" message payload expects the '{property.Name}' property to be an object, but got {RequestParameterParser.Describe(value.ValueKind)}";
                    return null;
            }
        }

        // A persisted document (documentId, or Apollo's extensions.persistedQuery) stands in for the query text.
        if (query is null && documentId is null && !GraphQLHttpHandler.NamesPersistedQuery(extensions))
        {
            error = "\"subscribe\" message payload expects the 'query' property to be a string";
            return null;
        }

        return new SubscribePayload(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions, documentId);
    }

    private static Dictionary<string, object?>? ToMap(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = property.Value;
        }

        return map;
    }
}
