using DigitalPost.Grains.Interfaces.Registry;

namespace DigitalPost.Grains.Registry;

/// <summary>An outbox row not yet delivered to every handler.</summary>
internal sealed record PendingRegistryEvent(long Sequence, RegistryEvent Event, int Attempts, DateTimeOffset? NextAttemptAt);
