namespace DigitalPost.GraphQL.Execution;

/// <summary>The collected fields of a selection set for one object type: response keys and groups in order.</summary>
internal sealed class FieldPlan(string[] keys, FieldGroup[] groups, bool isStatic)
{
    public string[] Keys { get; } = keys;

    public FieldGroup[] Groups { get; } = groups;

    /// <summary>Whether no <c>@skip</c>/<c>@include</c> depended on variables, so the plan may be cached.</summary>
    public bool IsStatic { get; } = isStatic;
}
