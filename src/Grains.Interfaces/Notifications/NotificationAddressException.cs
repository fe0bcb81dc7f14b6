namespace DigitalPost.Grains.Interfaces.Notifications;

/// <summary>
/// A notification address (mobile number, e-mail address, push device token) that cannot be used.
/// The message names the value and what is wrong with it, so the person can correct it.
/// </summary>
public sealed class NotificationAddressException : FormatException
{
    public NotificationAddressException(string message)
        : base(message)
    {
    }

    public NotificationAddressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public NotificationAddressException()
    {
    }
}
