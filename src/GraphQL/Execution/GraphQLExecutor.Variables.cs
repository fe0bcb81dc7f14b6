using System.Text;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQL.Utilities;

namespace DigitalPost.GraphQL.Execution;

/// <summary>Spec 6.1.2 CoerceVariableValues, with graphql-js's messages.</summary>
public sealed partial class GraphQLExecutor
{
    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>(0);

    private IReadOnlyDictionary<string, object?> CoerceVariables(OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? raw, out List<GraphQLError>? errors)
    {
        errors = null;
        if (operation.VariableDefinitions.Count == 0)
        {
            return NoVariables;
        }

        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var location = definition.Location.IsKnown ? new[] { new ErrorLocation(definition.Location.Line, definition.Location.Column) } : null;
            var type = ResolveInputType(definition.Type);
            if (type is null || !type.IsInputType)
            {
                Add(ref errors, $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.", location);
                continue;
            }

            object? value = null;
            var hasValue = raw is not null && raw.TryGetValue(name, out value);
            if (!hasValue && definition.DefaultValue is not null)
            {
                if (ValueCoercion.TryCoerceLiteral(definition.DefaultValue, type, null, out var defaultValue))
                {
                    coerced[name] = defaultValue;
                }
                else
                {
                    Add(ref errors, $"Variable \"${name}\" has invalid default value {Printer.Print(definition.DefaultValue)}.", location);
                }

                continue;
            }

            value = JsonValues.Normalize(value);
            if (type.IsNonNull && (!hasValue || value is null))
            {
                Add(ref errors, hasValue
                    ? $"Variable \"${name}\" of non-null type \"{type}\" must not be null."
                    : $"Variable \"${name}\" of required type \"{type}\" was not provided.", location);
                continue;
            }

            if (!hasValue)
            {
                continue;
            }

            if (value is null)
            {
                coerced[name] = null;
                continue;
            }

            List<GraphQLError>? local = null;
            var result = ValueCoercion.CoerceInputValue(value, type, (path, message) =>
            {
                var invalid = ValueAt(value, path);
                var at = path.Count > 0 ? $" at \"{name}{PrintPath(path)}\"" : string.Empty;
                Add(ref local, $"Variable \"${name}\" got invalid value {ValueInspector.Inspect(invalid)}{at}; {message}", location);
            });
            if (local is not null)
            {
                (errors ??= []).AddRange(local);
                continue;
            }

            coerced[name] = result;
        }

        return coerced;
    }

    private GraphQLType? ResolveInputType(TypeNode node) => node switch
    {
        NamedTypeNode named => Schema.GetType(named.Name.Value),
        ListTypeNode list => ResolveInputType(list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => ResolveInputType(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };

    private static void Add(ref List<GraphQLError>? errors, string message, ErrorLocation[]? locations) =>
        (errors ??= []).Add(GraphQLError.WithCode(message, ErrorCodes.BadUserInput, locations));

    private static object? ValueAt(object? value, IReadOnlyList<object> path)
    {
        foreach (var segment in path)
        {
            value = (segment, value) switch
            {
                (int index, object?[] list) when index < list.Length => list[index],
                (int index, IReadOnlyList<object?> list) when index < list.Count => list[index],
                (string key, IReadOnlyDictionary<string, object?> map) => map.GetValueOrDefault(key),
                _ => value,
            };
        }

        return value;
    }

    private static string PrintPath(IReadOnlyList<object> path)
    {
        var builder = new StringBuilder();
        foreach (var segment in path)
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append(segment);
            }
        }

        return builder.ToString();
    }
}
