using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.2 Fragment Spreads Must Not Form Cycles. Each fragment is searched once (depth first,
/// remembering the spread path), so every cycle is reported once, at the fragment where it is found.
/// </summary>
public sealed class FragmentSpreadsMustNotFormCyclesRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "NoFragmentCyclesRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> _path = [];
        private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);

        public override void Enter(SyntaxNode node)
        {
            if (node is FragmentDefinitionNode fragment)
            {
                Detect(fragment);
            }
        }

        private void Detect(FragmentDefinitionNode fragment)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            var name = fragment.Name.Value;
            if (!_visited.Add(name))
            {
                return;
            }

            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return;
            }

            _pathIndex[name] = _path.Count;
            foreach (var spread in spreads)
            {
                var target = spread.Name.Value;
                _path.Add(spread);
                if (!_pathIndex.TryGetValue(target, out var cycleStart))
                {
                    if (context.GetFragment(target) is { } next)
                    {
                        Detect(next);
                    }
                }
                else
                {
                    var cycle = _path.Skip(cycleStart).ToList();
                    var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => "\"" + s.Name.Value + "\""));
                    context.ReportError(
                        $"Cannot spread fragment \"{target}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                        cycle.Cast<SyntaxNode>().ToArray());
                }

                _path.RemoveAt(_path.Count - 1);
            }

            _pathIndex.Remove(name);
        }
    }
}
