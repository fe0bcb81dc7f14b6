using System.Collections;
using System.Text.Json;

namespace DigitalPost.GraphQL.Utilities;

/// <summary>
/// Converts external input (variables, extensions) to the plain CLR shape the engine coerces:
/// <see cref="string"/>, <see cref="bool"/>, <see cref="long"/> (integral JSON numbers that fit),
/// <see cref="double"/>, <see cref="decimal"/>, <c>object?[]</c> and <see cref="IReadOnlyDictionary{TKey, TValue}"/>.
/// </summary>
public static class JsonValues
{
    /// <summary>Converts a <see cref="JsonElement"/> (or a tree containing them) to the plain CLR shape; other values pass through.</summary>
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        JsonElement element => FromElement(element),
        string or bool => value,
        IReadOnlyDictionary<string, object?> map when !ContainsElements(map.Values) => map,
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Normalize(p.Value), StringComparer.Ordinal),
        IDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Normalize(p.Value), StringComparer.Ordinal),
        IDictionary map => map.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => Normalize(map[k]), StringComparer.Ordinal),
        IEnumerable list when value is not IReadOnlyList<object?> || ContainsElements((IEnumerable)value) => list.Cast<object?>().Select(Normalize).ToArray(),
        _ => value,
    };

    /// <summary>Converts one JSON element.</summary>
    public static object? FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                if (element.TryGetInt64(out var integer))
                {
                    return integer;
                }

                return element.GetDouble();
            case JsonValueKind.Array:
                var items = new object?[element.GetArrayLength()];
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    items[index++] = FromElement(item);
                }

                return items;
            default:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = FromElement(property.Value);
                }

                return map;
        }
    }

    private static bool ContainsElements(IEnumerable values)
    {
        foreach (var value in values)
        {
            if (value is JsonElement or IDictionary or (IEnumerable and not string))
            {
                return true;
            }
        }

        return false;
    }
}
