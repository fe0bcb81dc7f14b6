namespace DigitalPost.Grains.Notifications;

/// <summary>
/// Sends e-mail notifications through a provider. Throwing means the attempt failed: the outbox
/// retries with backoff and dead-letters after the last attempt, so an implementation should throw
/// for transient and permanent failures alike and let the outbox count. Calls may run concurrently.
/// </summary>
public interface IEmailDispatcher
{
    /// <summary>Sends <paramref name="notification"/>; its address is a valid <see cref="Interfaces.Notifications.EmailAddress"/>.</summary>
    Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken);
}
