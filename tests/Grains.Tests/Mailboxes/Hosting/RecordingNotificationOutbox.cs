using System.Collections.Concurrent;
using DigitalPost.Grains.Interfaces.Notifications;

namespace DigitalPost.Grains.Tests.Mailboxes.Hosting;

/// <summary>Records what the mailboxes enqueue (the real outbox belongs to the notifications component).</summary>
public sealed class RecordingNotificationOutbox : INotificationOutbox
{
    private readonly ConcurrentQueue<NotificationRequest> _requests = new();

    public IReadOnlyList<NotificationRequest> Requests => [.. _requests];

    public Task EnqueueAsync(NotificationRequest request, CancellationToken cancellationToken = default)
    {
        _requests.Enqueue(request);
        return Task.CompletedTask;
    }
}
