using System.Net;
using System.Text.Json.Nodes;

namespace DigitalPost.Silo.Tests.EndToEnd.Support;

/// <summary>A GraphQL response over HTTP: status, parsed body, <c>data</c> and <c>errors</c>.</summary>
public sealed record GraphQLResponse(HttpStatusCode StatusCode, string? ContentType, string Text, JsonObject? Body)
{
    /// <summary>The <c>data</c> member (null when absent or null).</summary>
    public JsonObject? Data => Body?["data"] as JsonObject;

    /// <summary>The <c>errors</c> member (empty when absent).</summary>
    public IReadOnlyList<JsonObject> Errors => Body?["errors"] is JsonArray errors ? [.. errors.OfType<JsonObject>()] : [];

    /// <summary>Each error's <c>extensions.code</c> (null for errors without one).</summary>
    public IReadOnlyList<string?> ErrorCodes => [.. Errors.Select(e => e["extensions"]?["code"]?.GetValue<string>())];

    /// <summary>The data, failing the test with the body when the response has errors or no data.</summary>
    public JsonObject RequireData()
    {
        if (Errors.Count > 0 || Data is null)
        {
            throw new Xunit.Sdk.XunitException($"Expected data without errors; got HTTP {(int)StatusCode}: {Text}");
        }

        return Data;
    }

    /// <summary>The single error's code, failing the test when there is not exactly one error.</summary>
    public string? RequireSingleErrorCode()
    {
        if (Errors.Count != 1)
        {
            throw new Xunit.Sdk.XunitException($"Expected exactly one error; got HTTP {(int)StatusCode}: {Text}");
        }

        return ErrorCodes[0];
    }
}
