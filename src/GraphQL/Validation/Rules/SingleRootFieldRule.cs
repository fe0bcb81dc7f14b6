using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.3.1 Single Root Field: a subscription selects exactly one root field (fragments
/// expanded, <c>@skip</c>/<c>@include</c> with literal arguments applied), and not an introspection field.
/// </summary>
public sealed class SingleRootFieldRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "SingleFieldSubscriptionsRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation)
            {
                return;
            }

            var rootType = context.Schema.SubscriptionType;
            if (rootType is null)
            {
                return;
            }

            var groups = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            var order = new List<string>();
            Collect(rootType, operation.SelectionSet, groups, order, new HashSet<string>(StringComparer.Ordinal));
            var label = operation.Name is null ? "Anonymous Subscription" : $"Subscription \"{operation.Name.Value}\"";
            if (order.Count > 1)
            {
                var extra = order.Skip(1).SelectMany(key => groups[key]).Cast<SyntaxNode>().ToArray();
                context.ReportError($"{label} must select only one top level field.", extra);
            }

            foreach (var key in order)
            {
                var fields = groups[key];
                if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError($"{label} must not select an introspection top level field.", fields.Cast<SyntaxNode>().ToArray());
                }
            }
        }

        private void Collect(ObjectType rootType, SelectionSetNode selectionSet, Dictionary<string, List<FieldNode>> groups, List<string> order, HashSet<string> visited)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            foreach (var selection in selectionSet.Selections)
            {
                if (!IsIncluded(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        var key = field.Alias?.Value ?? field.Name.Value;
                        if (!groups.TryGetValue(key, out var list))
                        {
                            groups[key] = list = [];
                            order.Add(key);
                        }

                        list.Add(field);
                        break;
                    case InlineFragmentNode inline when Applies(rootType, inline.TypeCondition):
                        Collect(rootType, inline.SelectionSet, groups, order, visited);
                        break;
                    case FragmentSpreadNode spread when visited.Add(spread.Name.Value):
                        if (context.GetFragment(spread.Name.Value) is { } fragment && Applies(rootType, fragment.TypeCondition))
                        {
                            Collect(rootType, fragment.SelectionSet, groups, order, visited);
                        }

                        break;
                }
            }
        }

        private bool Applies(ObjectType rootType, NamedTypeNode? condition)
        {
            if (condition is null)
            {
                return true;
            }

            var type = context.Schema.GetType(condition.Name.Value);
            return ReferenceEquals(type, rootType) || (type is InterfaceType or UnionType && context.Schema.IsPossibleType(type, rootType));
        }

        /// <summary>With no variable values, only literal <c>if</c> arguments can exclude a selection.</summary>
        private static bool IsIncluded(SelectionNode selection)
        {
            foreach (var directive in selection.Directives)
            {
                var name = directive.Name.Value;
                if (name is not ("skip" or "include"))
                {
                    continue;
                }

                var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value as BooleanValueNode;
                if (condition is null)
                {
                    continue;
                }

                if ((name == "skip" && condition.Value) || (name == "include" && !condition.Value))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
