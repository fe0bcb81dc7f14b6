using System.Collections;
using System.Text.Json;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Utilities;

/// <summary>
/// Input coercion (spec 3.x "Input Coercion" of each type): of external values such as variables
/// (<see cref="CoerceInputValue"/>) and of literals (<see cref="TryCoerceLiteral"/>, graphql-js
/// <c>valueFromAST</c>). Coerced values are: scalars' runtime values, enums' runtime values,
/// <see cref="IReadOnlyDictionary{TKey, TValue}"/> for input objects and <c>object?[]</c> for lists.
/// </summary>
public static class ValueCoercion
{
    /// <summary>
    /// Coerces an external value (e.g. a variable from JSON: CLR primitives, lists, dictionaries or
    /// <see cref="JsonElement"/>s) to <paramref name="type"/>. Each problem is reported to
    /// <paramref name="onError"/> with the path inside the value (keys and indexes) and a message;
    /// the return value is meaningless when an error was reported.
    /// </summary>
    public static object? CoerceInputValue(object? value, GraphQLType type, Action<IReadOnlyList<object>, string> onError)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(onError);
        return Coerce(JsonValues.Normalize(value), type, [], onError);
    }

    private static object? Coerce(object? value, GraphQLType type, List<object> path, Action<IReadOnlyList<object>, string> onError)
    {
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                onError(path.ToArray(), $"Expected non-nullable type \"{type}\" not to be null.");
                return null;
            }

            return Coerce(value, nonNull.OfType, path, onError);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable enumerable && value is not string && value is not IDictionary && value is not IReadOnlyDictionary<string, object?>)
                {
                    var items = new List<object?>();
                    var index = 0;
                    foreach (var item in enumerable)
                    {
                        path.Add(index++);
                        items.Add(Coerce(item, list.OfType, path, onError));
                        path.RemoveAt(path.Count - 1);
                    }

                    return items.ToArray();
                }

                return new[] { Coerce(value, list.OfType, path, onError) };
            case InputObjectType input:
                return CoerceInputObject(value, input, path, onError);
            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (GraphQLException exception)
                {
                    onError(path.ToArray(), exception.Message);
                }
                catch (Exception exception) when (exception is FormatException or OverflowException or InvalidCastException or ArgumentException)
                {
                    onError(path.ToArray(), $"Expected type \"{scalar.Name}\". {exception.Message}");
                }

                return null;
            case EnumType enumType:
                try
                {
                    return enumType.ParseValue(value);
                }
                catch (GraphQLException exception)
                {
                    onError(path.ToArray(), exception.Message);
                    return null;
                }

            default:
                onError(path.ToArray(), $"Type \"{type}\" is not an input type.");
                return null;
        }
    }

    private static object? CoerceInputObject(object value, InputObjectType input, List<object> path, Action<IReadOnlyList<object>, string> onError)
    {
        if (value is not IReadOnlyDictionary<string, object?> fields)
        {
            onError(path.ToArray(), $"Expected type \"{input.Name}\" to be an object.");
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type.IsNonNull)
                {
                    onError(path.ToArray(), $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            path.Add(field.Name);
            result[field.Name] = Coerce(fieldValue, field.Type, path, onError);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var key in fields.Keys)
        {
            if (input.GetField(key) is null)
            {
                onError(path.ToArray(), $"Field \"{key}\" is not defined by type \"{input.Name}\"." +
                    Validation.Suggestions.DidYouMean(Validation.Suggestions.List(key, input.Fields.Select(f => f.Name))));
            }
        }

        if (input.IsOneOf)
        {
            if (fields.Count != 1)
            {
                onError(path.ToArray(), $"Exactly one key must be specified for OneOf type \"{input.Name}\".");
            }
            else
            {
                var only = fields.First();
                if (only.Value is null)
                {
                    path.Add(only.Key);
                    onError(path.ToArray(), $"Field \"{only.Key}\" must be non-null.");
                    path.RemoveAt(path.Count - 1);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Coerces a literal to <paramref name="type"/> (graphql-js <c>valueFromAST</c>). Variables are
    /// looked up in <paramref name="variables"/> (already coerced); an absent variable inside a list
    /// becomes <c>null</c> and inside an object omits the field. Returns <c>false</c> when the literal
    /// is invalid, adding the reason (when known) to <paramref name="errors"/>.
    /// </summary>
    public static bool TryCoerceLiteral(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value, List<string>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(type);
        value = null;
        if (literal is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return false;
            }

            if (variableValue is null && type.IsNonNull)
            {
                return false;
            }

            value = variableValue;
            return true;
        }

        if (type is NonNullType nonNull)
        {
            if (literal is NullValueNode)
            {
                return false;
            }

            return TryCoerceLiteral(literal, nonNull.OfType, variables, out value, errors);
        }

        if (literal is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                if (literal is ListValueNode listLiteral)
                {
                    var items = new object?[listLiteral.Values.Count];
                    for (var i = 0; i < items.Length; i++)
                    {
                        var itemLiteral = listLiteral.Values[i];
                        if (IsMissingVariable(itemLiteral, variables))
                        {
                            if (list.OfType.IsNonNull)
                            {
                                return false;
                            }

                            items[i] = null;
                            continue;
                        }

                        if (!TryCoerceLiteral(itemLiteral, list.OfType, variables, out items[i], errors))
                        {
                            return false;
                        }
                    }

                    value = items;
                    return true;
                }

                if (!TryCoerceLiteral(literal, list.OfType, variables, out var single, errors))
                {
                    return false;
                }

                value = new[] { single };
                return true;
            case InputObjectType input:
                return TryCoerceObjectLiteral(literal, input, variables, out value, errors);
            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(literal);
                    return true;
                }
                catch (GraphQLException exception)
                {
                    errors?.Add(exception.Message);
                    return false;
                }
                catch (Exception exception) when (exception is FormatException or OverflowException or InvalidCastException or ArgumentException)
                {
                    errors?.Add(exception.Message);
                    return false;
                }

            case EnumType enumType:
                try
                {
                    value = enumType.ParseLiteral(literal);
                    return true;
                }
                catch (GraphQLException exception)
                {
                    errors?.Add(exception.Message);
                    return false;
                }

            default:
                return false;
        }
    }

    private static bool TryCoerceObjectLiteral(ValueNode literal, InputObjectType input, IReadOnlyDictionary<string, object?>? variables, out object? value, List<string>? errors)
    {
        value = null;
        if (literal is not ObjectValueNode objectLiteral)
        {
            return false;
        }

        var byName = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var fieldNode in objectLiteral.Fields)
        {
            if (input.GetField(fieldNode.Name.Value) is null)
            {
                errors?.Add($"Field \"{fieldNode.Name.Value}\" is not defined by type \"{input.Name}\".");
                return false;
            }

            byName.TryAdd(fieldNode.Name.Value, fieldNode);
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            if (!byName.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type.IsNonNull)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerceLiteral(fieldNode.Value, field.Type, variables, out var fieldValue, errors))
            {
                return false;
            }

            result[field.Name] = fieldValue;
        }

        if (input.IsOneOf)
        {
            if (result.Count != 1)
            {
                errors?.Add($"Exactly one key must be specified for OneOf type \"{input.Name}\".");
                return false;
            }

            if (result.First().Value is null)
            {
                errors?.Add($"Field \"{result.First().Key}\" must be non-null.");
                return false;
            }
        }

        value = result;
        return true;
    }

    private static bool IsMissingVariable(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
