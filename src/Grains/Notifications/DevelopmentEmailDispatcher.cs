namespace DigitalPost.Grains.Notifications;

/// <summary>Development email dispatcher: writes the notification to the development file.</summary>
public sealed class DevelopmentEmailDispatcher(DevelopmentNotificationFile file) : IEmailDispatcher
{
    /// <inheritdoc />
    public Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken) => file.AppendAsync(notification, cancellationToken);
}
