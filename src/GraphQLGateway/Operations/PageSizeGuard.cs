using System.Globalization;
using System.Text.Json;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Operations;

namespace DigitalPost.GraphQLGateway.Operations;

/// <summary>
/// The central half of the page-size cap: before execution, every <c>first</c>/<c>last</c> argument of the chosen operation
/// (fragments included) given as a literal, a variable or a variable's default must lie between 0 and the configured
/// maximum. The engine's cost limit multiplies by these arguments but cannot cap one; connection resolvers check again with
/// <see cref="Core.PageSize"/> (e.g. for defaults declared in the schema).
/// </summary>
public static class PageSizeGuard
{
    /// <summary>The error code of a refused page size.</summary>
    public const string ErrorCode = "LIMIT_EXCEEDED";

    private static readonly string[] SizeArguments = ["first", "last"];

    /// <summary>A message naming the first offending argument, or null when every page size is within <paramref name="max"/>.</summary>
    public static string? Check(PreparedRequest request, int max)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Operation is not { } operation || request.Document is not { } document)
        {
            return null;
        }

        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value, StringComparer.Ordinal);
        var defaults = operation.VariableDefinitions.ToDictionary(v => v.Variable.Name.Value, v => v.DefaultValue, StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        return Walk(operation.SelectionSet, request.Body.Variables, defaults, fragments, visited, max);
    }

    private static string? Walk(
        SelectionSetNode? selectionSet,
        IReadOnlyDictionary<string, object?>? variables,
        Dictionary<string, ValueNode?> defaults,
        Dictionary<string, FragmentDefinitionNode> fragments,
        HashSet<string> visited,
        int max)
    {
        if (selectionSet is null)
        {
            return null;
        }

        foreach (var selection in selectionSet.Selections)
        {
            var problem = selection switch
            {
                FieldNode field => CheckField(field, variables, defaults, max) ?? Walk(field.SelectionSet, variables, defaults, fragments, visited, max),
                InlineFragmentNode inline => Walk(inline.SelectionSet, variables, defaults, fragments, visited, max),
                FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment) =>
                    Walk(fragment.SelectionSet, variables, defaults, fragments, visited, max),
                _ => null,
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? CheckField(FieldNode field, IReadOnlyDictionary<string, object?>? variables, Dictionary<string, ValueNode?> defaults, int max)
    {
        foreach (var argument in field.Arguments)
        {
            if (!SizeArguments.Contains(argument.Name.Value, StringComparer.Ordinal))
            {
                continue;
            }

            var size = argument.Value switch
            {
                IntValueNode literal => Parse(literal.Value),
                VariableNode variable when variables is not null && variables.TryGetValue(variable.Name.Value, out var value) => Number(value),
                VariableNode variable when defaults.TryGetValue(variable.Name.Value, out var fallback) && fallback is IntValueNode literal => Parse(literal.Value),
                _ => null,
            };
            if (size is { } n && (n < 0 || n > max))
            {
                return $"{field.Name.Value}({argument.Name.Value}: {n.ToString(CultureInfo.InvariantCulture)}): page sizes are 0 to {max.ToString(CultureInfo.InvariantCulture)}.";
            }
        }

        return null;
    }

    private static long? Parse(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : long.MaxValue;

    private static long? Number(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Number } element => element.TryGetInt64(out var n) ? n : long.MaxValue,
        int n => n,
        long n => n,
        short n => n,
        _ => null,
    };
}
