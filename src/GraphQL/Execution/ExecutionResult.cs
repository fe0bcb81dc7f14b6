using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigitalPost.GraphQL.Execution;

/// <summary>
/// The response of one operation (or one subscription event), in the specification's shape:
/// <c>{"errors":[...],"data":...,"extensions":...}</c>. <c>data</c> is absent when the request
/// failed before execution (syntax, validation, variables, operation selection) and present (possibly
/// <c>null</c>) once execution started. Serialize with <see cref="WriteTo(Utf8JsonWriter)"/> or
/// <see cref="JsonSerializer"/> (a converter is attached).
/// </summary>
[JsonConverter(typeof(ExecutionResultJsonConverter))]
public sealed class ExecutionResult
{
    // Relaxed escaping keeps non-ASCII text (æ, ø, å) and quotes readable; responses are JSON, never HTML.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        SkipValidation = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The <c>data</c> entry (meaningful when <see cref="HasData"/>).</summary>
    public ResultMap? Data { get; init; }

    /// <summary>Whether the response has a <c>data</c> entry (execution started).</summary>
    public bool HasData { get; init; }

    /// <summary>The errors, or <c>null</c> when there are none.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    /// <summary>The <c>extensions</c> entry, or <c>null</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Whether the request failed before execution (no <c>data</c> entry; HTTP transports answer 4xx for these).</summary>
    public bool IsRequestError => !HasData;

    /// <summary>A response with errors and no <c>data</c> entry.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors };

    /// <summary>A response with one error and no <c>data</c> entry.</summary>
    public static ExecutionResult FromError(GraphQLError error) => new() { Errors = [error] };

    /// <summary>Writes the response as JSON.</summary>
    public void WriteTo(Utf8JsonWriter writer) => ResultJsonWriter.Write(writer, this);

    /// <summary>Writes the response as UTF-8 JSON to a buffer (non-ASCII characters unescaped).</summary>
    public void WriteTo(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        ResultJsonWriter.Write(writer, this);
    }

    /// <summary>The response as a JSON string.</summary>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        WriteTo(buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <inheritdoc/>
    public override string ToString() => ToJson();
}
