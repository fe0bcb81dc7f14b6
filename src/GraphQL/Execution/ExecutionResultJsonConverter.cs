using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigitalPost.GraphQL.Execution;

/// <summary>Lets <see cref="JsonSerializer"/> write an <see cref="ExecutionResult"/> (writing only).</summary>
public sealed class ExecutionResultJsonConverter : JsonConverter<ExecutionResult>
{
    /// <inheritdoc/>
    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("ExecutionResult is written, never read.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options) =>
        ResultJsonWriter.Write(writer, value);
}
