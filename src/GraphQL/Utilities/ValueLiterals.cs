using System.Collections;
using System.Globalization;
using System.Text.Json;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQL.Types.Scalars;

namespace DigitalPost.GraphQL.Utilities;

/// <summary>
/// Converts coerced (runtime) values back to literals, as graphql-js's <c>astFromValue</c> does; used
/// for default values in introspection (<c>defaultValue</c>) and in the SDL printer.
/// </summary>
public static class ValueLiterals
{
    /// <summary>The literal for <paramref name="value"/> of type <paramref name="type"/>, or <c>null</c> when it has none.</summary>
    public static ValueNode? FromValue(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type is NonNullType nonNull)
        {
            var inner = FromValue(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items && value is not string && value is not IDictionary && value is not IReadOnlyDictionary<string, object?>)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (FromValue(item, list.OfType) is { } node)
                        {
                            nodes.Add(node);
                        }
                    }

                    return new ListValueNode { Values = nodes };
                }

                return FromValue(value, list.OfType);
            case InputObjectType input:
                if (value is not IReadOnlyDictionary<string, object?> fields)
                {
                    return null;
                }

                var fieldNodes = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                {
                    if (fields.TryGetValue(field.Name, out var fieldValue) && FromValue(fieldValue, field.Type) is { } fieldLiteral)
                    {
                        fieldNodes.Add(new ObjectFieldNode { Name = new NameNode { Value = field.Name }, Value = fieldLiteral });
                    }
                }

                return new ObjectValueNode { Fields = fieldNodes };
            case EnumType enumType:
                return new EnumValueNode { Value = enumType.Serialize(value) };
            case ScalarType scalar:
                return scalar.ToLiteral(value);
            default:
                return null;
        }
    }

    /// <summary>Maps a scalar's serialized form to a literal (string, boolean, int or float literal).</summary>
    public static ValueNode FromSerialized(object serialized, ScalarType scalar)
    {
        switch (serialized)
        {
            case string s:
                return new StringValueNode { Value = s };
            case bool b:
                return new BooleanValueNode { Value = b };
            case double d:
                return NumberLiteral(Numbers.FormatDouble(d));
            case float f:
                return NumberLiteral(Numbers.FormatDouble(f));
            case decimal m:
                return NumberLiteral(m.ToString(CultureInfo.InvariantCulture));
            case JsonElement element:
                return Parser.ParseConstValue(element.GetRawText());
        }

        if (Numbers.TryGetInt64(serialized, out var integer))
        {
            return new IntValueNode { Value = integer.ToString(CultureInfo.InvariantCulture) };
        }

        throw new InvalidOperationException($"Scalar {scalar.Name} serialized to {serialized.GetType().Name}, which has no literal form.");
    }

    private static ValueNode NumberLiteral(string text) =>
        text.AsSpan().IndexOfAny(".eE") >= 0 ? new FloatValueNode { Value = text } : new IntValueNode { Value = text };
}
