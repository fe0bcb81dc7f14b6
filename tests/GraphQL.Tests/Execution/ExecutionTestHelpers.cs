using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Tests.Execution;

internal static class ExecutionTestHelpers
{
    public static async Task<string> ExecuteJsonAsync(this Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null, ExecutionOptions? options = null, string? operationName = null)
    {
        var result = await new GraphQLExecutor(schema, options).ExecuteAsync(new ExecutionRequest { Query = query, Variables = variables, OperationName = operationName });
        return Normalize(result.ToJson());
    }

    /// <summary>Re-serializes JSON with the default encoder, so comparisons do not depend on escaping choices.</summary>
    public static string Normalize(string json) =>
        System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(json).RootElement);

    /// <summary>Normalises expected JSON written with single quotes and free whitespace.</summary>
    public static string Json(string text) =>
        System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(text.Replace('\'', '"')).RootElement);
}
