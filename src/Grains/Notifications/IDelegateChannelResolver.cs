using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.Grains.Notifications;

/// <summary>A delegate's own notification channels (from the delegate's own mailbox), used when a delegate who opted in is notified.</summary>
public interface IDelegateChannelResolver
{
    /// <summary>The notification settings of the person with <paramref name="delegateCpr"/>.</summary>
    Task<NotificationSettings> ResolveAsync(string delegateCpr, CancellationToken cancellationToken);
}
