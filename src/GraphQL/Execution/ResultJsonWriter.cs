using System.Collections;
using System.Text.Json;

namespace DigitalPost.GraphQL.Execution;

/// <summary>Writes results directly to a <see cref="Utf8JsonWriter"/>, without an intermediate DOM.</summary>
public static class ResultJsonWriter
{
    private static readonly JsonEncodedText ErrorsName = JsonEncodedText.Encode("errors");
    private static readonly JsonEncodedText DataName = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText ExtensionsName = JsonEncodedText.Encode("extensions");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText LocationsName = JsonEncodedText.Encode("locations");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText ColumnName = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");

    /// <summary>Writes <paramref name="result"/> (errors first, then data, then extensions, as the specification recommends).</summary>
    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName(ErrorsName);
            writer.WriteStartArray();
            foreach (var error in errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName(DataName);
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName(ExtensionsName);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes one error object.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(error);
        writer.WriteStartObject();
        writer.WriteString(MessageName, error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName(LocationsName);
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber(LineName, location.Line);
                writer.WriteNumber(ColumnName, location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { Count: > 0 } path)
        {
            writer.WritePropertyName(PathName);
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName(ExtensionsName);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter writer, object?[] array)
    {
        writer.WriteStartArray();
        foreach (var item in array)
        {
            WriteValue(writer, item);
        }

        writer.WriteEndArray();
    }

    private static void WriteMap(Utf8JsonWriter writer, ResultMap map)
    {
        writer.WriteStartObject();
        var values = map.Values;
        if (map.EncodedKeys is { } names)
        {
            // Keys encoded once per plan: no escaping check or transcoding per property.
            for (var i = 0; i < values.Length; i++)
            {
                writer.WritePropertyName(names[i]);
                WriteValue(writer, values[i]);
            }
        }
        else
        {
            for (var i = 0; i < values.Length; i++)
            {
                writer.WritePropertyName(map.KeyAt(i));
                WriteValue(writer, values[i]);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a result value: <c>null</c>, leaf values, <see cref="ResultMap"/>, dictionaries, lists or <see cref="JsonElement"/>.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        // The engine's own shapes first, by exact type (no cast helper calls); everything else below.
        if (value is string text)
        {
            writer.WriteStringValue(text);
            return;
        }

        if (value is ResultMap resultMap)
        {
            WriteMap(writer, resultMap);
            return;
        }

        if (value is bool boolean)
        {
            writer.WriteBooleanValue(boolean);
            return;
        }

        if (value is int integer)
        {
            writer.WriteNumberValue(integer);
            return;
        }

        if (value is not null && value.GetType() == typeof(object[]))
        {
            WriteArray(writer, (object?[])value);
            return;
        }

        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case object?[] array:
                WriteArray(writer, array);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case float f:
                writer.WriteNumberValue(f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                // Numbers of other widths and values with their own string form.
                if (Types.Scalars.Numbers.TryGetDouble(value, out var number))
                {
                    writer.WriteNumberValue(number);
                }
                else
                {
                    writer.WriteStringValue(value.ToString());
                }

                break;
        }
    }
}
