using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Registry;

/// <summary>The person left Denmark on <see cref="RegistryEvent.EffectiveOn"/>; the Danish address is removed.</summary>
public sealed record PersonEmigrated(Guid EventId, Cpr Cpr, DateOnly EffectiveOn)
    : RegistryEvent(EventId, Cpr, EffectiveOn)
{
    /// <inheritdoc />
    public override RegistryEventKind Kind => RegistryEventKind.Emigrated;
}
