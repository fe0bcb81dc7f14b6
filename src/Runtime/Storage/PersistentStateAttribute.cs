namespace DigitalPost.Runtime.Storage;

/// <summary>
/// Marks a grain constructor parameter of type <see cref="IPersistentState{TState}"/>: the runtime
/// supplies a state named <paramref name="stateName"/>, read before the grain activates.
/// </summary>
/// <param name="stateName">The state's name, unique within the grain type.</param>
/// <param name="storageName">A keyed <see cref="IGrainStorage"/> service; null for the default storage.</param>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string? storageName = null) : Attribute
{
    /// <summary>The state's name.</summary>
    public string StateName { get; } = stateName;

    /// <summary>The keyed storage to use, or null for the default <see cref="IGrainStorage"/>.</summary>
    public string? StorageName { get; } = storageName;
}
