namespace DigitalPost.Grains.Interfaces.Registry;

/// <summary>
/// Receives registry events (e.g. the mailbox side, which opens, closes and exempts mailboxes).
/// Register implementations in DI; the registry's dispatcher delivers each committed event to
/// every registered handler, in the order the events were recorded.
/// </summary>
/// <remarks>
/// Delivery is at-least-once: the dispatcher records per handler that an event was handled, so a
/// restart does not repeat events already handled, but a crash between <see cref="HandleAsync"/>
/// returning and that record being written repeats the event. Handlers must therefore be
/// idempotent by <see cref="RegistryEvent.EventId"/>. A handler that throws gets the event again
/// later (with backoff); events recorded after it wait, so the order is kept.
/// </remarks>
public interface IRegistryEventHandler
{
    /// <summary>A stable name under which deliveries to this handler are recorded (e.g. "mailboxes"). Changing it re-delivers pending events only.</summary>
    string Name { get; }

    /// <summary>Handles one event.</summary>
    Task HandleAsync(RegistryEvent registryEvent, CancellationToken cancellationToken);
}
