using System.Text;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2 Field Selection Merging (graphql-js's OverlappingFieldsCanBeMerged): fields with the
/// same response name must be the same field with the same arguments (unless their parents are
/// different object types) and must have compatible return shapes, recursively through sub-selections
/// and fragments. Work is memoised as the spec's algorithm allows: fields collected once per (type,
/// selection set), each pair of fragments compared once (remembering whether the comparison was
/// under mutually exclusive parents), each fragment compared once against a field map, and argument
/// values printed once. Even so, a document can ask for quadratic work (thousands of fields with one
/// response name), so comparisons spend a budget; when it is spent, validation stops with
/// "Validation aborted." (as graphql-js 16 does, with the same default budget).
/// </summary>
public sealed class FieldSelectionMergingRule : IValidationRule
{
    /// <summary>The default comparison budget per document, graphql-js's.</summary>
    public const int DefaultComparisonBudget = 500_000;

    private readonly int _comparisonBudget;

    /// <summary>Creates the rule with a comparison budget per document.</summary>
    public FieldSelectionMergingRule(int comparisonBudget = DefaultComparisonBudget)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(comparisonBudget, 1);
        _comparisonBudget = comparisonBudget;
    }

    /// <inheritdoc/>
    public string Name => "OverlappingFieldsCanBeMergedRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, _comparisonBudget);

    private sealed record Conflict(string ResponseName, string Reason, List<SyntaxNode> Fields1, List<SyntaxNode> Fields2);

    private sealed class FieldEntry(NamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        public NamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;
    }

    private sealed class FieldMap
    {
        public Dictionary<string, List<FieldEntry>> Groups { get; } = new(StringComparer.Ordinal);

        public List<string> Order { get; } = [];

        public List<string> FragmentNames { get; } = [];

        /// <summary>Fragment name → whether it was compared only under mutually exclusive parents.</summary>
        public Dictionary<string, bool> ComparedFragments { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Visitor(ValidationContext context, int comparisonBudget) : ValidationVisitor
    {
        private int _remainingBudget = comparisonBudget;

        private readonly Dictionary<(NamedType?, SelectionSetNode), FieldMap> _fieldMaps = [];
        private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
        private readonly Dictionary<ValueNode, string> _printedValues = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<SelectionSetNode> _inlineSelectionSets = [];

        public override void Enter(SyntaxNode node)
        {
            if (node is InlineFragmentNode inline)
            {
                // Inline fragments are flattened into their enclosing selection set's comparison.
                _inlineSelectionSets.Add(inline.SelectionSet);
                return;
            }

            if (node is not SelectionSetNode selectionSet || _inlineSelectionSets.Contains(selectionSet)
                || (selectionSet.Selections.Count <= 1 && selectionSet.Selections.FirstOrDefault() is not InlineFragmentNode))
            {
                return;
            }

            var conflicts = new List<Conflict>();
            FindConflictsWithin(conflicts, context.TypeInfo.ParentType, selectionSet);
            foreach (var conflict in conflicts)
            {
                context.ReportError(
                    $"Fields \"{conflict.ResponseName}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    [.. conflict.Fields1, .. conflict.Fields2]);
            }
        }

        private void FindConflictsWithin(List<Conflict> conflicts, NamedType? parentType, SelectionSetNode selectionSet)
        {
            var fieldMap = GetFieldMap(parentType, selectionSet);
            foreach (var responseName in fieldMap.Order)
            {
                var fields = fieldMap.Groups[responseName];
                for (var i = 0; i < fields.Count; i++)
                {
                    for (var j = i + 1; j < fields.Count; j++)
                    {
                        if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }

            var names = fieldMap.FragmentNames;
            for (var i = 0; i < names.Count; i++)
            {
                CollectBetweenFieldsAndFragment(conflicts, false, fieldMap, names[i]);
                for (var j = i + 1; j < names.Count; j++)
                {
                    CollectBetweenFragments(conflicts, false, names[i], names[j]);
                }
            }
        }

        private void Spend(int cost)
        {
            // Every recursive path of the comparison spends budget, so this also guards the stack.
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            _remainingBudget -= cost;
            if (_remainingBudget < 0)
            {
                context.Abort("Validation aborted.");
            }
        }

        private void CollectBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap, string fragmentName)
        {
            Spend(1);
            if (fieldMap.Groups.Count == 0)
            {
                return;
            }

            // A non-exclusive comparison covers an exclusive one, not the other way round.
            if (fieldMap.ComparedFragments.TryGetValue(fragmentName, out var comparedExclusive) && (!comparedExclusive || mutuallyExclusive))
            {
                return;
            }

            fieldMap.ComparedFragments[fragmentName] = mutuallyExclusive;
            if (GetFragmentFieldMap(fragmentName) is not { } fragmentMap || ReferenceEquals(fragmentMap, fieldMap))
            {
                return;
            }

            CollectBetween(conflicts, mutuallyExclusive, fieldMap, fragmentMap);
            foreach (var referenced in fragmentMap.FragmentNames)
            {
                CollectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap, referenced);
            }
        }

        private void CollectBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
        {
            if (name1 == name2)
            {
                return;
            }

            var key = string.CompareOrdinal(name1, name2) < 0 ? (name1, name2) : (name2, name1);
            if (_comparedFragmentPairs.TryGetValue(key, out var comparedExclusive) && (!comparedExclusive || mutuallyExclusive))
            {
                return;
            }

            _comparedFragmentPairs[key] = mutuallyExclusive;
            if (GetFragmentFieldMap(name1) is not { } map1 || GetFragmentFieldMap(name2) is not { } map2)
            {
                return;
            }

            CollectBetween(conflicts, mutuallyExclusive, map1, map2);
            foreach (var referenced in map2.FragmentNames)
            {
                CollectBetweenFragments(conflicts, mutuallyExclusive, name1, referenced);
            }

            foreach (var referenced in map1.FragmentNames)
            {
                CollectBetweenFragments(conflicts, mutuallyExclusive, referenced, name2);
            }
        }

        private List<Conflict> FindConflictsBetweenSubSelections(bool mutuallyExclusive, NamedType? type1, SelectionSetNode set1, NamedType? type2, SelectionSetNode set2)
        {
            var conflicts = new List<Conflict>();
            var map1 = GetFieldMap(type1, set1);
            var map2 = GetFieldMap(type2, set2);
            CollectBetween(conflicts, mutuallyExclusive, map1, map2);
            foreach (var name in map2.FragmentNames)
            {
                CollectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, map1, name);
            }

            foreach (var name in map1.FragmentNames)
            {
                CollectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, map2, name);
            }

            foreach (var name1 in map1.FragmentNames)
            {
                foreach (var name2 in map2.FragmentNames)
                {
                    CollectBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
                }
            }

            return conflicts;
        }

        private void CollectBetween(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap map1, FieldMap map2)
        {
            foreach (var responseName in map1.Order)
            {
                Spend(1);
                if (!map2.Groups.TryGetValue(responseName, out var fields2))
                {
                    continue;
                }

                foreach (var field1 in map1.Groups[responseName])
                {
                    foreach (var field2 in fields2)
                    {
                        if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2)
        {
            Spend(2);
            var node1 = field1.Node;
            var node2 = field2.Node;

            // Two argument-less leaves of one name and type never conflict: the common case, kept cheap.
            if (node1.Arguments.Count == 0 && node2.Arguments.Count == 0 && node1.SelectionSet is null && node2.SelectionSet is null
                && node1.Name.Value == node2.Name.Value
                && (field1.Definition?.Type, field2.Definition?.Type) is var (t1, t2) && (t1 is null ? t2 is null : t2 is not null && TypeAst.Equal(t1, t2)))
            {
                return null;
            }

            var mutuallyExclusive = parentsMutuallyExclusive
                || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
            if (!mutuallyExclusive)
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                if (name1 != name2)
                {
                    return new Conflict(responseName, $"\"{name1}\" and \"{name2}\" are different fields", [node1], [node2]);
                }

                if (!SameArguments(node1.Arguments, node2.Arguments))
                {
                    return new Conflict(responseName, "they have differing arguments", [node1], [node2]);
                }
            }

            var type1 = field1.Definition?.Type;
            var type2 = field2.Definition?.Type;
            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
            }

            if (node1.SelectionSet is null || node2.SelectionSet is null)
            {
                return null;
            }

            var sub = FindConflictsBetweenSubSelections(mutuallyExclusive, type1?.NamedType, node1.SelectionSet, type2?.NamedType, node2.SelectionSet);
            if (sub.Count == 0)
            {
                return null;
            }

            var reason = string.Join(" and ", sub.Select(c => $"subfields \"{c.ResponseName}\" conflict because {c.Reason}"));
            return new Conflict(responseName, reason, [node1, .. sub.SelectMany(c => c.Fields1)], [node2, .. sub.SelectMany(c => c.Fields2)]);
        }

        private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
        {
            if (type1 is ListType list1)
            {
                return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
            }

            if (type2 is ListType)
            {
                return true;
            }

            if (type1 is NonNullType nonNull1)
            {
                return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
            }

            if (type2 is NonNullType)
            {
                return true;
            }

            return (type1.IsLeafType || type2.IsLeafType) && !ReferenceEquals(type1, type2);
        }

        private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
        {
            if (arguments1.Count != arguments2.Count)
            {
                return false;
            }

            foreach (var argument1 in arguments1)
            {
                var argument2 = arguments2.FirstOrDefault(a => a.Name.Value == argument1.Name.Value);
                if (argument2 is null || Print(argument1.Value) != Print(argument2.Value))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A canonical form of a value: object fields sorted by name, so field order does not matter.</summary>
        private string Print(ValueNode value)
        {
            if (_printedValues.TryGetValue(value, out var printed))
            {
                return printed;
            }

            var builder = new StringBuilder();
            Append(builder, value);
            printed = builder.ToString();
            _printedValues[value] = printed;
            return printed;
        }

        private static void Append(StringBuilder builder, ValueNode value)
        {
            switch (value)
            {
                case ObjectValueNode obj:
                    builder.Append('{');
                    foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                    {
                        builder.Append(field.Name.Value).Append(':');
                        Append(builder, field.Value);
                        builder.Append(',');
                    }

                    builder.Append('}');
                    break;
                case ListValueNode list:
                    builder.Append('[');
                    foreach (var item in list.Values)
                    {
                        Append(builder, item);
                        builder.Append(',');
                    }

                    builder.Append(']');
                    break;
                case StringValueNode s:
                    builder.Append(s.Block ? "B" : "S").Append(System.Text.Json.JsonSerializer.Serialize(s.Value));
                    break;
                default:
                    builder.Append(value.Kind).Append(':').Append(Printer.Print(value));
                    break;
            }
        }

        private FieldMap? GetFragmentFieldMap(string name)
        {
            if (context.GetFragment(name) is not { } fragment)
            {
                return null;
            }

            return GetFieldMap(context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);
        }

        private FieldMap GetFieldMap(NamedType? parentType, SelectionSetNode selectionSet)
        {
            if (_fieldMaps.TryGetValue((parentType, selectionSet), out var cached))
            {
                return cached;
            }

            var map = new FieldMap();
            var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
            Collect(map, fragmentNames, parentType, selectionSet);
            _fieldMaps[(parentType, selectionSet)] = map;
            return map;
        }

        private void Collect(FieldMap map, HashSet<string> fragmentNames, NamedType? parentType, SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        var responseName = field.Alias?.Value ?? field.Name.Value;
                        if (!map.Groups.TryGetValue(responseName, out var list))
                        {
                            map.Groups[responseName] = list = [];
                            map.Order.Add(responseName);
                        }

                        // Meta-fields have no definition here, as in graphql-js: their types are never compared.
                        list.Add(new FieldEntry(parentType, field, (parentType as FieldContainerType)?.GetField(field.Name.Value)));
                        break;
                    case FragmentSpreadNode spread:
                        if (fragmentNames.Add(spread.Name.Value))
                        {
                            map.FragmentNames.Add(spread.Name.Value);
                        }

                        break;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is null ? parentType : context.Schema.GetType(inline.TypeCondition.Name.Value);
                        Collect(map, fragmentNames, inlineType, inline.SelectionSet);
                        break;
                }
            }
        }
    }
}
