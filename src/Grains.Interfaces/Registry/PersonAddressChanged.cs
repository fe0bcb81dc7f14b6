using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Registry;

/// <summary>
/// The person moved within Denmark to <see cref="Address"/> on <see cref="RegistryEvent.EffectiveOn"/>.
/// A person without permanent residence who gets an address becomes resident. (An emigrated
/// person comes back with <see cref="PersonReturned"/> instead.)
/// </summary>
public sealed record PersonAddressChanged(Guid EventId, Cpr Cpr, DateOnly EffectiveOn, Address Address)
    : RegistryEvent(EventId, Cpr, EffectiveOn)
{
    /// <inheritdoc />
    public override RegistryEventKind Kind => RegistryEventKind.AddressChanged;
}
