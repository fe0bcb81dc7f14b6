using System.Text.Json;

namespace DigitalPost.GraphQL.Execution;

/// <summary>The collected fields of a selection set for one object type: response keys and groups in order.</summary>
internal sealed class FieldPlan
{
    public FieldPlan(string[] keys, FieldGroup[] groups, bool isStatic)
    {
        Keys = keys;
        Groups = groups;
        IsStatic = isStatic;
        EncodedKeys = ResultKeys.TryEncode(keys);
        foreach (var group in groups)
        {
            if (!group.IsTypeName && !group.ReadsWithoutContext)
            {
                CountedFields++;
            }
        }
    }

    /// <summary>The groups that run a resolver and so count as work for DataLoader dispatch.</summary>
    public int CountedFields { get; }

    public string[] Keys { get; }

    /// <summary>The keys as JSON property names (UTF-8, encoded once per plan), or <c>null</c> when a key needs escaping.</summary>
    public JsonEncodedText[]? EncodedKeys { get; }

    public FieldGroup[] Groups { get; }

    /// <summary>Whether no <c>@skip</c>/<c>@include</c> depended on variables, so the plan may be cached.</summary>
    public bool IsStatic { get; }
}
