using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Tests.Execution;

internal static class ExecutionTestHelpers
{
    public static async Task<string> ExecuteJsonAsync(this Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null, ExecutionOptions? options = null, string? operationName = null)
    {
        var result = await new GraphQLExecutor(schema, options).ExecuteAsync(new ExecutionRequest { Query = query, Variables = variables, OperationName = operationName });
        return result.ToJson();
    }

    /// <summary>Normalises expected JSON written with single quotes and free whitespace.</summary>
    public static string Json(string text) =>
        System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(text.Replace('\'', '"')).RootElement);
}
