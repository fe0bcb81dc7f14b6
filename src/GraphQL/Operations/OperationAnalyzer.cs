using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Operations;

/// <summary>
/// Measures an operation of a valid document for the limits: depth, aliases and root fields (which do
/// not depend on variables) and cost (which does, through <c>first</c>/<c>last</c> variables). Each
/// fragment is measured once per analysis and reused wherever it is spread, so fragments spread many
/// times (an exponential expansion) cost linear time; totals saturate instead of overflowing. Nesting
/// deeper than the thread's stack allows ends in <see cref="InsufficientExecutionStackException"/>.
/// </summary>
public sealed class OperationAnalyzer
{
    private readonly Schema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly Dictionary<string, (long Depth, long Aliases)> _fragmentMeasures = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Fragment, NamedType Type), double> _fragmentCosts = [];
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    /// <summary>Creates an analyzer for <paramref name="document"/> (which must have passed validation).</summary>
    public OperationAnalyzer(Schema schema, DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        _schema = schema;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        _fragments = fragments;
    }

    /// <summary>
    /// Whether a <see cref="Cost"/> computed so far read a variable (a <c>first</c>/<c>last</c> given as <c>$var</c>): when
    /// not, the cost is the same for every request of the operation and can be kept with the document.
    /// </summary>
    public bool CostReadVariables { get; private set; }

    /// <summary>Depth, aliases and root fields of <paramref name="operation"/>.</summary>
    public OperationMeasures Measure(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var (depth, aliases) = MeasureSelectionSet(operation.SelectionSet);
        return new OperationMeasures(depth, aliases, CountRootFields(operation.SelectionSet));
    }

    /// <summary>The estimated cost of <paramref name="operation"/> with <paramref name="variables"/>.</summary>
    public double Cost(OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables, CostOptions options)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(options);
        var root = _schema.GetRootType(operation.Operation);
        return root is null ? 0 : SelectionSetCost(operation.SelectionSet, root, variables, options);
    }

    private (long Depth, long Aliases) MeasureSelectionSet(SelectionSetNode selectionSet)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        long depth = 0;
        long aliases = 0;
        foreach (var selection in selectionSet.Selections)
        {
            (long Depth, long Aliases) inner;
            switch (selection)
            {
                case FieldNode field:
                    inner = field.SelectionSet is null ? (0, 0) : MeasureSelectionSet(field.SelectionSet);
                    inner = (inner.Depth + 1, inner.Aliases + (field.Alias is null ? 0 : 1));
                    break;
                case InlineFragmentNode inline:
                    inner = MeasureSelectionSet(inline.SelectionSet);
                    break;
                case FragmentSpreadNode spread:
                    inner = MeasureFragment(spread.Name.Value);
                    break;
                default:
                    continue;
            }

            depth = Math.Max(depth, inner.Depth);
            aliases = SaturatingAdd(aliases, inner.Aliases);
        }

        return (depth, aliases);
    }

    private (long Depth, long Aliases) MeasureFragment(string name)
    {
        if (_fragmentMeasures.TryGetValue(name, out var known))
        {
            return known;
        }

        // Unknown or cyclic spreads are validation errors; measuring them as empty keeps this total.
        if (!_fragments.TryGetValue(name, out var fragment) || !_inProgress.Add(name))
        {
            return (0, 0);
        }

        var measured = MeasureSelectionSet(fragment.SelectionSet);
        _inProgress.Remove(name);
        _fragmentMeasures[name] = measured;
        return measured;
    }

    private long CountRootFields(SelectionSetNode selectionSet)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        long count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode:
                    count++;
                    break;
                case InlineFragmentNode inline:
                    count = SaturatingAdd(count, CountRootFields(inline.SelectionSet));
                    break;
                case FragmentSpreadNode spread when _fragments.TryGetValue(spread.Name.Value, out var fragment) && _inProgress.Add(spread.Name.Value):
                    count = SaturatingAdd(count, CountRootFields(fragment.SelectionSet));
                    _inProgress.Remove(spread.Name.Value);
                    break;
            }
        }

        return count;
    }

    private double SelectionSetCost(SelectionSetNode selectionSet, NamedType parentType, IReadOnlyDictionary<string, object?>? variables, CostOptions options)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        double total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    total += FieldCost(field, parentType, variables, options);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null ? parentType : _schema.GetType(inline.TypeCondition.Name.Value) ?? parentType;
                    total += SelectionSetCost(inline.SelectionSet, inlineType, variables, options);
                    break;
                case FragmentSpreadNode spread:
                    total += FragmentCost(spread.Name.Value, variables, options);
                    break;
            }
        }

        return total;
    }

    private double FragmentCost(string name, IReadOnlyDictionary<string, object?>? variables, CostOptions options)
    {
        if (!_fragments.TryGetValue(name, out var fragment) || _schema.GetType(fragment.TypeCondition.Name.Value) is not { } type)
        {
            return 0;
        }

        if (_fragmentCosts.TryGetValue((name, type), out var known))
        {
            return known;
        }

        if (!_inProgress.Add(name))
        {
            return 0;
        }

        var cost = SelectionSetCost(fragment.SelectionSet, type, variables, options);
        _inProgress.Remove(name);
        _fragmentCosts[(name, type)] = cost;
        return cost;
    }

    private double FieldCost(FieldNode field, NamedType parentType, IReadOnlyDictionary<string, object?>? variables, CostOptions options)
    {
        var definition = FindField(parentType, field.Name.Value);
        if (definition is null)
        {
            return 0;
        }

        var returnType = definition.Type.NamedType;
        var weight = Weight(definition.Directives, options) ?? Weight(returnType.Directives, options)
            ?? (returnType.IsLeafType ? options.DefaultLeafFieldCost : options.DefaultCompositeFieldCost);
        var inner = field.SelectionSet is null ? 0 : SelectionSetCost(field.SelectionSet, returnType, variables, options);
        var multiplier = IsList(definition.Type) ? ListSize(field, variables, options) : 1;
        return multiplier * (weight + inner);
    }

    private FieldDefinition? FindField(NamedType parentType, string name)
    {
        if (name == "__typename")
        {
            return _schema.TypeNameMetaField;
        }

        if (ReferenceEquals(parentType, _schema.QueryType))
        {
            if (name == "__schema")
            {
                return _schema.SchemaMetaField;
            }

            if (name == "__type")
            {
                return _schema.TypeMetaField;
            }
        }

        return (parentType as FieldContainerType)?.GetField(name);
    }

    private static bool IsList(GraphQLType type) => type.Nullable is ListType;

    private double ListSize(FieldNode field, IReadOnlyDictionary<string, object?>? variables, CostOptions options)
    {
        foreach (var argument in field.Arguments)
        {
            if (!options.ListSizeArguments.Contains(argument.Name.Value))
            {
                continue;
            }

            if (argument.Value is VariableNode)
            {
                CostReadVariables = true;
            }

            var size = argument.Value switch
            {
                IntValueNode literal => double.TryParse(literal.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (double?)null,
                VariableNode variable when variables is not null && variables.TryGetValue(variable.Name.Value, out var raw) => Number(raw),
                _ => null,
            };
            if (size is { } known)
            {
                return Math.Max(0, known);
            }
        }

        return options.DefaultListSize;
    }

    private static double? Number(object? raw) => raw switch
    {
        int i => i,
        long l => l,
        double d => d,
        decimal m => (double)m,
        JsonElement { ValueKind: JsonValueKind.Number } element => element.GetDouble(),
        _ => null,
    };

    private static double? Weight(IReadOnlyList<DirectiveNode> directives, CostOptions options)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != options.DirectiveName)
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value != "weight")
                {
                    continue;
                }

                var text = argument.Value switch
                {
                    IntValueNode i => i.Value,
                    FloatValueNode f => f.Value,
                    StringValueNode s => s.Value,
                    _ => null,
                };
                if (text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
                {
                    return weight;
                }
            }
        }

        return null;
    }

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
