namespace DigitalPost.Grains.Notifications;

/// <summary>Development sms dispatcher: writes the notification to the development file.</summary>
public sealed class DevelopmentSmsDispatcher(DevelopmentNotificationFile file) : ISmsDispatcher
{
    /// <inheritdoc />
    public Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken) => file.AppendAsync(notification, cancellationToken);
}
