using DigitalPost.Grains.Interfaces.Notifications;

namespace DigitalPost.Grains.Notifications;

/// <summary>One line of the development notification file.</summary>
public sealed record DevelopmentNotificationLine(
    DateTimeOffset SentAt,
    NotificationChannel Channel,
    string To,
    string? Subject,
    string Text,
    NotificationKind Kind,
    Guid NotificationId,
    int Attempt);
