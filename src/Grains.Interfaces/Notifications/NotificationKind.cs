namespace DigitalPost.Grains.Interfaces.Notifications;

/// <summary>Why a notification is sent.</summary>
public enum NotificationKind
{
    NewPost,
    NewLegalNotification,
    NemSms,
}
