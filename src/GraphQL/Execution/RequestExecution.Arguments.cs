using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQL.Utilities;

namespace DigitalPost.GraphQL.Execution;

/// <summary>Spec 6.4.1 CoerceArgumentValues (cached per field selection when no variable is involved).</summary>
internal sealed partial class RequestExecution
{
    private IReadOnlyDictionary<string, object?> GetArguments(FieldGroup group)
    {
        if (!group.HasArguments)
        {
            return NoArguments;
        }

        var field = group.Field!;

        if (group.ArgumentsAreStatic && group.StaticArguments is { } cached)
        {
            return cached;
        }

        var coerced = CoerceArgumentValues(field.Arguments, group.Nodes[0].Arguments, Variables);
        if (group.ArgumentsAreStatic)
        {
            group.StaticArguments = coerced;
        }

        return coerced;
    }

    /// <summary>Coerces the arguments given in <paramref name="nodes"/> against <paramref name="definitions"/>.</summary>
    /// <exception cref="GraphQLException">An argument is missing, null where it must not be, or invalid (code <c>BAD_USER_INPUT</c>).</exception>
    internal static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> nodes,
        IReadOnlyDictionary<string, object?> variables)
    {
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            ArgumentNode? node = null;
            foreach (var candidate in nodes)
            {
                if (candidate.Name.Value == definition.Name)
                {
                    node = candidate;
                    break;
                }
            }

            var hasValue = node is not null;
            object? variableValue = null;
            if (node?.Value is VariableNode variable)
            {
                hasValue = variables.TryGetValue(variable.Name.Value, out variableValue);
            }

            if (!hasValue && definition.HasDefaultValue)
            {
                coerced[definition.Name] = definition.DefaultValue;
                continue;
            }

            if (definition.Type.IsNonNull && (!hasValue || (node!.Value is VariableNode && variableValue is null)))
            {
                var message = hasValue
                    ? $"Argument \"{definition.Name}\" of non-null type \"{definition.Type}\" must not be null."
                    : node?.Value is VariableNode missing
                        ? $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was provided the variable \"${missing.Name.Value}\" which was not provided a runtime value."
                        : $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.";
                throw new GraphQLException(message, ErrorCodes.BadUserInput);
            }

            if (!hasValue)
            {
                continue;
            }

            if (node!.Value is VariableNode)
            {
                coerced[definition.Name] = variableValue;
                continue;
            }

            var errors = new List<string>(1);
            if (!ValueCoercion.TryCoerceLiteral(node.Value, definition.Type, variables, out var value, errors))
            {
                throw new GraphQLException(
                    $"Argument \"{definition.Name}\" has invalid value {Printer.Print(node.Value)}." + (errors.Count > 0 ? " " + errors[0] : string.Empty),
                    ErrorCodes.BadUserInput);
            }

            coerced[definition.Name] = value;
        }

        return coerced;
    }
}
