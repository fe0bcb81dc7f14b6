namespace DigitalPost.GraphQL.Operations;

/// <summary>What limits look at in one operation, fragments expanded.</summary>
/// <param name="Depth">The deepest field nesting (a root field is at depth 1).</param>
/// <param name="Aliases">The number of aliased fields.</param>
/// <param name="RootFields">The number of fields in the root selection set.</param>
public readonly record struct OperationMeasures(long Depth, long Aliases, long RootFields);
