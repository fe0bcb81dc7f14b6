using DigitalPost.Grains.Interfaces.Notifications;

namespace DigitalPost.Grains.Notifications;

/// <summary>The <c>channel</c> column's values.</summary>
public static class DispatchChannels
{
    public const string Email = "email";
    public const string Sms = "sms";
    public const string Push = "push";

    /// <summary>A row to be expanded into the delegate's own channels.</summary>
    public const string Delegate = "delegate";

    public static string Name(NotificationChannel channel) => channel switch
    {
        NotificationChannel.Email => Email,
        NotificationChannel.Sms => Sms,
        _ => Push,
    };

    public static NotificationChannel? Parse(string name) => name switch
    {
        Email => NotificationChannel.Email,
        Sms => NotificationChannel.Sms,
        Push => NotificationChannel.Push,
        _ => null,
    };
}
