namespace DigitalPost.Grains.Interfaces.Notifications;

/// <summary>The notifications outbox (email, SMS, push, NemSMS). Enqueueing is durable; dispatch and retries happen elsewhere.</summary>
public interface INotificationOutbox
{
    /// <summary>Queues a notification for dispatch.</summary>
    Task EnqueueAsync(NotificationRequest request, CancellationToken cancellationToken = default);
}
