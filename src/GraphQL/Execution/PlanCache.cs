using System.Runtime.CompilerServices;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Execution;

/// <summary>
/// Field plans per (selection set, object type), kept as long as the document is alive (weakly keyed
/// by the selection set node), so a cached document skips field collection and argument coercion.
/// </summary>
internal sealed class PlanCache
{
    private readonly ConditionalWeakTable<SelectionSetNode, Entry> _table = [];

    public FieldPlan? Get(SelectionSetNode selectionSet, ObjectType type)
    {
        if (!_table.TryGetValue(selectionSet, out var entry))
        {
            return null;
        }

        var plans = entry.Plans;
        foreach (var (planType, plan) in plans)
        {
            if (ReferenceEquals(planType, type))
            {
                return plan;
            }
        }

        return null;
    }

    public void Add(SelectionSetNode selectionSet, ObjectType type, FieldPlan plan)
    {
        var entry = _table.GetValue(selectionSet, static _ => new Entry());
        lock (entry)
        {
            entry.Plans = [.. entry.Plans, (type, plan)];
        }
    }

    private sealed class Entry
    {
        public (ObjectType Type, FieldPlan Plan)[] Plans { get; set; } = [];
    }
}
