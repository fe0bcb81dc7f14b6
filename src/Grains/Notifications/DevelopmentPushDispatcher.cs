namespace DigitalPost.Grains.Notifications;

/// <summary>Development push dispatcher: writes the notification to the development file.</summary>
public sealed class DevelopmentPushDispatcher(DevelopmentNotificationFile file) : IPushDispatcher
{
    /// <inheritdoc />
    public Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken) => file.AppendAsync(notification, cancellationToken);
}
