using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Registry;

/// <summary>A death, on <see cref="RegistryEvent.EffectiveOn"/>.</summary>
public sealed record PersonDied(Guid EventId, Cpr Cpr, DateOnly EffectiveOn)
    : RegistryEvent(EventId, Cpr, EffectiveOn)
{
    /// <inheritdoc />
    public override RegistryEventKind Kind => RegistryEventKind.Died;
}
