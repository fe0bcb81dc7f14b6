namespace DigitalPost.Runtime;

/// <summary>
/// On a grain interface method: the method does not change grain state, so calls to read-only
/// methods may interleave with each other (never with other methods).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadOnlyAttribute : Attribute;
