namespace DigitalPost.Grains.Notifications;

/// <summary>
/// Sends push notifications through a provider. Throwing means the attempt failed: the outbox
/// retries with backoff and dead-letters after the last attempt, so an implementation should throw
/// for transient and permanent failures alike and let the outbox count. Calls may run concurrently.
/// </summary>
public interface IPushDispatcher
{
    /// <summary>Sends <paramref name="notification"/>; its address is a valid <see cref="Interfaces.Notifications.PushDeviceToken"/>.</summary>
    Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken);
}
