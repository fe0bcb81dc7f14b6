namespace DigitalPost.Grains.Notifications;

/// <summary>
/// A notification or NemSMS text that looks like it carries personal data (a CPR number, an e-mail
/// address). The message says what was found, never the value itself.
/// </summary>
public sealed class NotificationTextRejectedException : ArgumentException
{
    public NotificationTextRejectedException(string message)
        : base(message)
    {
    }

    public NotificationTextRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public NotificationTextRejectedException()
    {
    }
}
