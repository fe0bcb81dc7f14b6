using System.Collections.Concurrent;
using DigitalPost.Grains.Interfaces.Registry;

namespace DigitalPost.Silo.Tests.EndToEnd.Support;

/// <summary>
/// A registry event handler registered by the fixture after the silo's own: the dispatcher calls
/// handlers in name order ("mailboxes" before this one), so when this one sees an event the
/// mailbox grain has applied it. Lets seeding wait for the lifecycle without polling.
/// </summary>
internal sealed class RegistryEventSignals : IRegistryEventHandler
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _handled = new();

    public string Name => "zz-end-to-end-fixture";

    public Task HandleAsync(RegistryEvent registryEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registryEvent);
        Signal(registryEvent.EventId).TrySetResult();
        return Task.CompletedTask;
    }

    /// <summary>Completes once the event has been handled by every handler before this one.</summary>
    public Task HandledAsync(Guid eventId, TimeSpan patience) => Signal(eventId).Task.WaitAsync(patience);

    private TaskCompletionSource Signal(Guid eventId) =>
        _handled.GetOrAdd(eventId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
