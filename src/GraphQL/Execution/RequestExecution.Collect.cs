using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Execution;

/// <summary>Spec 6.3.2 CollectFields, with @skip/@include, cached per (selection set, type) when no variable decides it.</summary>
internal sealed partial class RequestExecution
{
    private FieldPlan GetPlan(ObjectType type, SelectionSetNode selectionSet)
    {
        var cached = _executor.Plans.Get(selectionSet, type);
        if (cached is not null)
        {
            return cached;
        }

        var plan = CollectFields(type, [selectionSet]);
        if (plan.IsStatic)
        {
            _executor.Plans.Add(selectionSet, type, plan);
        }

        return plan;
    }

    private FieldPlan GetSubPlan(ObjectType type, FieldGroup group)
    {
        // Kept on the group (which a cached plan shares between requests): no weak-table lookup per object.
        if (group.GetCachedSubPlan(type) is { } cached)
        {
            return cached;
        }

        FieldPlan plan;
        if (group.Nodes.Count == 1)
        {
            plan = GetPlan(type, group.Nodes[0].SelectionSet!);
        }
        else
        {
            var selectionSets = new List<SelectionSetNode>(group.Nodes.Count);
            foreach (var node in group.Nodes)
            {
                if (node.SelectionSet is not null)
                {
                    selectionSets.Add(node.SelectionSet);
                }
            }

            plan = CollectFields(type, selectionSets);
        }

        if (plan.IsStatic)
        {
            group.CacheSubPlan(type, plan);
        }

        return plan;
    }

    private FieldPlan CollectFields(ObjectType type, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        var keys = new List<string>();
        var groups = new Dictionary<string, FieldGroup?>(StringComparer.Ordinal);
        var isStatic = true;
        HashSet<string>? visitedFragments = null;
        foreach (var selectionSet in selectionSets)
        {
            Collect(selectionSet);
        }

        var orderedGroups = new List<FieldGroup>(keys.Count);
        var orderedKeys = new List<string>(keys.Count);
        foreach (var key in keys)
        {
            if (groups[key] is { } group)
            {
                orderedGroups.Add(group);
                orderedKeys.Add(key);
            }
        }

        return new FieldPlan([.. orderedKeys], [.. orderedGroups], isStatic);

        void Collect(SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (!ShouldInclude(selection.Directives, ref isStatic))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        var key = field.Alias?.Value ?? field.Name.Value;
                        if (groups.TryGetValue(key, out var existing))
                        {
                            existing?.Nodes.Add(field);
                            continue;
                        }

                        var (definition, isTypeName) = LookUpField(type, field.Name.Value);

                        // A field the type does not have (only possible without validation) is left out of the response.
                        var group = definition is null ? null : new FieldGroup(type, key, definition, isTypeName) { ArgumentsAreStatic = !UsesVariables(field.Arguments) };
                        group?.Nodes.Add(field);
                        groups[key] = group;
                        keys.Add(key);
                        break;
                    case FragmentSpreadNode spread:
                        visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                        if (!visitedFragments.Add(spread.Name.Value) ||
                            !_fragments.TryGetValue(spread.Name.Value, out var fragment) ||
                            !DoesFragmentTypeApply(type, fragment.TypeCondition))
                        {
                            continue;
                        }

                        Collect(fragment.SelectionSet);
                        break;
                    case InlineFragmentNode inline:
                        if (inline.TypeCondition is not null && !DoesFragmentTypeApply(type, inline.TypeCondition))
                        {
                            continue;
                        }

                        Collect(inline.SelectionSet);
                        break;
                }
            }
        }
    }

    private (FieldDefinition? Field, bool IsTypeName) LookUpField(ObjectType type, string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            if (name == "__typename")
            {
                return (Schema.TypeNameMetaField, true);
            }

            if (ReferenceEquals(type, Schema.QueryType))
            {
                if (name == "__schema")
                {
                    return (Schema.SchemaMetaField, false);
                }

                if (name == "__type")
                {
                    return (Schema.TypeMetaField, false);
                }
            }
        }

        return (type.GetField(name), false);
    }

    private bool DoesFragmentTypeApply(ObjectType type, NamedTypeNode typeCondition)
    {
        var conditionType = Schema.GetType(typeCondition.Name.Value);
        return conditionType switch
        {
            ObjectType objectType => ReferenceEquals(objectType, type),
            InterfaceType iface => type.Implements(iface),
            UnionType union => Schema.IsPossibleType(union, type),
            _ => false,
        };
    }

    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives, ref bool isStatic)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var condition = false;
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value != "if")
                {
                    continue;
                }

                switch (argument.Value)
                {
                    case BooleanValueNode literal:
                        condition = literal.Value;
                        break;
                    case VariableNode variable:
                        isStatic = false;
                        condition = Variables.TryGetValue(variable.Name.Value, out var value) && value is true;
                        break;
                }
            }

            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }

        return true;
    }

    private static bool UsesVariables(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            if (ContainsVariable(argument.Value))
            {
                return true;
            }
        }

        return false;

        static bool ContainsVariable(ValueNode value) => value switch
        {
            VariableNode => true,
            ListValueNode list => list.Values.Any(ContainsVariable),
            ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
            _ => false,
        };
    }
}
