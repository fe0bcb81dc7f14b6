using System.Collections.Concurrent;
using DigitalPost.Grains.Interfaces.Registry;

namespace DigitalPost.Grains.Tests.Registry;

/// <summary>Counts completed deliveries per event id; can be told to fail or to run an action on an event.</summary>
internal sealed class RecordingRegistryEventHandler(string name) : IRegistryEventHandler
{
    private readonly ConcurrentQueue<RegistryEvent> _handled = new();

    public string Name { get; } = name;

    /// <summary>Called before an event counts as handled; throwing from it makes the delivery fail.</summary>
    public Action<RegistryEvent>? BeforeHandling { get; set; }

    public IReadOnlyList<RegistryEvent> Handled => [.. _handled];

    public int CountOf(Guid eventId) => _handled.Count(e => e.EventId == eventId);

    public Task HandleAsync(RegistryEvent registryEvent, CancellationToken cancellationToken)
    {
        BeforeHandling?.Invoke(registryEvent);
        cancellationToken.ThrowIfCancellationRequested();
        _handled.Enqueue(registryEvent);
        return Task.CompletedTask;
    }
}
