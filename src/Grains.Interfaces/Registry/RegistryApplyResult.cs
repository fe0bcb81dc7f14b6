namespace DigitalPost.Grains.Interfaces.Registry;

/// <summary>What <see cref="IPopulationRegistry.ApplyAsync"/> did.</summary>
public enum RegistryApplyResult
{
    /// <summary>The tables were updated and the event recorded for delivery.</summary>
    Applied = 0,

    /// <summary>An event with the same id was applied before; nothing changed.</summary>
    AlreadyApplied = 1,
}
