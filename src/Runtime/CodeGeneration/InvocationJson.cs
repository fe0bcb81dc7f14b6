using System.ComponentModel;
using System.Text.Json;

namespace DigitalPost.Runtime.CodeGeneration;

/// <summary>Helpers for generated <see cref="GrainInvocation.ReadArguments"/>: arguments are a JSON array, one element per parameter.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class InvocationJson
{
    /// <summary>Checks that the reader is on the array's start.</summary>
    public static void ReadStart(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.None)
        {
            reader.Read();
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Grain call arguments must be a JSON array.");
        }
    }

    /// <summary>Moves to the next element and reads it as <typeparamref name="T"/> (generic: no boxing).</summary>
    public static T ReadNext<T>(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            throw new JsonException("Grain call arguments: fewer elements than parameters.");
        }

        return JsonSerializer.Deserialize<T>(ref reader, options)!;
    }

    /// <summary>Checks that the array ends here.</summary>
    public static void ReadEnd(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("Grain call arguments: more elements than parameters.");
        }
    }
}
