namespace DigitalPost.Runtime;

/// <summary>
/// On a grain interface method: calls to it start at once, interleaving with any running call
/// (and calls of other methods wait while it runs, as for any running call).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AlwaysInterleaveAttribute : Attribute;
