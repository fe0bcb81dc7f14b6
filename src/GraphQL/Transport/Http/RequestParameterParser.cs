using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace DigitalPost.GraphQL.Transport.Http;

/// <summary>
/// Reads the request parameters from a JSON body or a GET query string, checking their types as the
/// GraphQL-over-HTTP specification requires (<c>null</c> is the same as absent). The returned dictionaries hold
/// <see cref="JsonElement"/>s of documents the caller owns and disposes after execution.
/// </summary>
internal static class RequestParameterParser
{
    private const string Query = "query";
    private const string OperationName = "operationName";
    private const string Variables = "variables";
    private const string Extensions = "extensions";
    private const string DocumentId = "documentId";

    /// <summary>Parses a POST body (UTF-8 JSON, already checked to be valid UTF-8).</summary>
    public static RequestProblem? ParseBody(ReadOnlyMemory<byte> body, int maxDepth, List<JsonDocument> documents, out GraphQLHttpParameters? parameters)
    {
        parameters = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = maxDepth });
        }
        catch (JsonException exception)
        {
            return RequestProblem.BadRequest(body.IsEmpty ? "The request body is empty: expected a JSON object." : $"The request body is not valid JSON: {FirstLine(exception.Message)}");
        }

        documents.Add(document);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return RequestProblem.BadRequest($"The request body must be a JSON object, not {Describe(root.ValueKind)}.");
        }

        string? query = null, operationName = null, documentId = null;
        IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
        foreach (var property in root.EnumerateObject())
        {
            var problem = property.Name switch
            {
                Query => ReadString(property, out query),
                OperationName => ReadString(property, out operationName),
                DocumentId => ReadString(property, out documentId),
                Variables => ReadMap(property.Value, Variables, out variables),
                Extensions => ReadMap(property.Value, Extensions, out extensions),
                _ => null, // Other names are reserved for future versions of the specification: ignored.
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        parameters = new GraphQLHttpParameters(query, operationName, variables, extensions, documentId);
        return null;
    }

    /// <summary>Parses the URL query parameters of a GET request (<c>variables</c> and <c>extensions</c> as JSON strings).</summary>
    public static RequestProblem? ParseQueryString(IQueryCollection queryString, int maxDepth, List<JsonDocument> documents, out GraphQLHttpParameters? parameters)
    {
        parameters = null;
        string? query = null, operationName = null, documentId = null, variablesText = null, extensionsText = null;
        IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
        var problem = Single(queryString, Query, ref query)
            ?? Single(queryString, OperationName, ref operationName)
            ?? Single(queryString, DocumentId, ref documentId)
            ?? Single(queryString, Variables, ref variablesText)
            ?? Single(queryString, Extensions, ref extensionsText)
            ?? ParseJsonParameter(variablesText, Variables, maxDepth, documents, ref variables)
            ?? ParseJsonParameter(extensionsText, Extensions, maxDepth, documents, ref extensions);
        if (problem is not null)
        {
            return problem;
        }

        // An empty operationName is the same as none (specification, GET).
        parameters = new GraphQLHttpParameters(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions, string.IsNullOrEmpty(documentId) ? null : documentId);
        return null;
    }

    private static RequestProblem? Single(IQueryCollection queryString, string name, ref string? value)
    {
        if (!queryString.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            return RequestProblem.BadRequest($"The '{name}' parameter must be given once.");
        }

        value = values[0];
        return null;
    }

    private static RequestProblem? ParseJsonParameter(string? text, string name, int maxDepth, List<JsonDocument> documents, ref IReadOnlyDictionary<string, object?>? map)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = maxDepth });
        }
        catch (JsonException exception)
        {
            return RequestProblem.BadRequest($"The '{name}' parameter is not valid JSON: {FirstLine(exception.Message)}");
        }

        documents.Add(document);
        var problem = ReadMap(document.RootElement, name, out var read);
        map = read;
        return problem;
    }

    private static RequestProblem? ReadString(JsonProperty property, out string? value)
    {
        value = null;
        switch (property.Value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                value = property.Value.GetString();
                return null;
            default:
                return RequestProblem.BadRequest($"The '{property.Name}' parameter must be a string, not {Describe(property.Value.ValueKind)}.");
        }
    }

    private static RequestProblem? ReadMap(JsonElement element, string name, out IReadOnlyDictionary<string, object?>? map)
    {
        map = null;
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return RequestProblem.BadRequest($"The '{name}' parameter must be a JSON object, not {Describe(element.ValueKind)}.");
        }

        var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            entries[property.Name] = property.Value;
        }

        map = entries;
        return null;
    }

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? message : message[..end].TrimEnd();
    }
}
