using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Registry;

/// <summary>A birth: the person is added to the registry. <see cref="RegistryEvent.EffectiveOn"/> is the birth date and must match the CPR.</summary>
/// <param name="Address">Where the child lives; null registers the child without permanent residence.</param>
public sealed record PersonBorn(Guid EventId, Cpr Cpr, DateOnly EffectiveOn, string FirstNames, string LastName, Address? Address)
    : RegistryEvent(EventId, Cpr, EffectiveOn)
{
    /// <inheritdoc />
    public override RegistryEventKind Kind => RegistryEventKind.Born;
}
