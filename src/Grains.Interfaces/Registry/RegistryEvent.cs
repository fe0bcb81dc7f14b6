using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Registry;

/// <summary>
/// A change in the population registry that drives the mailbox lifecycle. <see cref="EventId"/>
/// identifies the event: applying or delivering the same id twice has the effect of once.
/// </summary>
/// <param name="EventId">Unique id of the event (idempotency key).</param>
/// <param name="Cpr">The person the event is about.</param>
/// <param name="EffectiveOn">The day the change takes effect (birth date, date of death, moving day...).</param>
public abstract record RegistryEvent(Guid EventId, Cpr Cpr, DateOnly EffectiveOn)
{
    /// <summary>The kind, as stored in the outbox.</summary>
    public abstract RegistryEventKind Kind { get; }

    /// <inheritdoc />
    public sealed override string ToString() => $"{Kind} {EventId} for {Cpr}";
}
