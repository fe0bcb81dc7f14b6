using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Registry;

/// <summary>
/// An emigrated person moved back to Denmark, to <see cref="Address"/>, on
/// <see cref="RegistryEvent.EffectiveOn"/> (the mailbox side revokes an exemption on this event).
/// </summary>
public sealed record PersonReturned(Guid EventId, Cpr Cpr, DateOnly EffectiveOn, Address Address)
    : RegistryEvent(EventId, Cpr, EffectiveOn)
{
    /// <inheritdoc />
    public override RegistryEventKind Kind => RegistryEventKind.Returned;
}
