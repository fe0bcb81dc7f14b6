namespace DigitalPost.Grains.Interfaces.Notifications;

/// <summary>Why a mailbox holds a mobile number: SMS notifications of new post, or NemSMS (a separate opt-in).</summary>
public enum MobileNumberPurpose
{
    Notification,
    NemSms,
}
