namespace DigitalPost.Runtime;

/// <summary>
/// Gives a grain class a stable grain type name, used in grain ids, storage keys and reminders.
/// Without it the class's full name is used, so renaming the class would orphan its stored state.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    /// <summary>The grain type name.</summary>
    public string Name { get; } = name;
}
