using DigitalPost.Grains.Interfaces.Notifications;

namespace DigitalPost.Benchmarks.MassSend;

/// <summary>Counts notifications instead of storing them (the seeded population sets no notification channels anyway).</summary>
internal sealed class NullNotificationOutbox : INotificationOutbox
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public Task EnqueueAsync(NotificationRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return Task.CompletedTask;
    }
}
