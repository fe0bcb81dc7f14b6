namespace DigitalPost.Grains.Interfaces.Notifications;

/// <summary>How a notification reaches a person.</summary>
public enum NotificationChannel
{
    Email,
    Sms,
    Push,
}
