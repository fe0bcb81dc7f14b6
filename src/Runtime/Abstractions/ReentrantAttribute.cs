namespace DigitalPost.Runtime;

/// <summary>
/// Lets calls to this grain class interleave: while a call awaits, another may start. Code still
/// runs one piece at a time on the activation (never in parallel), but state may change across an
/// await.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ReentrantAttribute : Attribute;
