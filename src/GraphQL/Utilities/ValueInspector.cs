using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DigitalPost.GraphQL.Types.Scalars;

namespace DigitalPost.GraphQL;

/// <summary>Renders values in error messages the way graphql-js's <c>inspect</c> does (<c>"text"</c>, <c>1.5</c>, <c>{ a: 1 }</c>, <c>[1, 2]</c>).</summary>
internal static class ValueInspector
{
    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                builder.Append(JsonSerializer.Serialize(s));
                return;
            case bool b:
                builder.Append(b ? "true" : "false");
                return;
            case double d:
                builder.Append(Numbers.FormatDouble(d));
                return;
            case float f:
                builder.Append(Numbers.FormatDouble(f));
                return;
            case JsonElement element:
                builder.Append(element.GetRawText());
                return;
            case IFormattable formattable when value.GetType().IsPrimitive || value is decimal:
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case Enum e:
                builder.Append(e);
                return;
        }

        if (depth > 2)
        {
            builder.Append(value is IEnumerable ? "[Array]" : "[Object]");
            return;
        }

        if (value is IEnumerable<KeyValuePair<string, object?>> map)
        {
            var entries = map.ToArray();
            if (entries.Length == 0)
            {
                builder.Append("{}");
                return;
            }

            builder.Append("{ ");
            for (var i = 0; i < entries.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                builder.Append(entries[i].Key).Append(": ");
                Write(builder, entries[i].Value, depth + 1);
            }

            builder.Append(" }");
            return;
        }

        if (value is IEnumerable list)
        {
            builder.Append('[');
            var first = true;
            foreach (var item in list)
            {
                if (!first)
                {
                    builder.Append(", ");
                }

                first = false;
                Write(builder, item, depth + 1);
            }

            builder.Append(']');
            return;
        }

        builder.Append(value.GetType().Name == value.ToString() ? value.GetType().Name : value.ToString());
    }
}
