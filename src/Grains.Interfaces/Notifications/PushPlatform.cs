namespace DigitalPost.Grains.Interfaces.Notifications;

/// <summary>The push service a device token belongs to.</summary>
public enum PushPlatform
{
    /// <summary>Apple Push Notification service (prefix <c>apns:</c>).</summary>
    Apns,
    /// <summary>Firebase Cloud Messaging (prefix <c>fcm:</c>).</summary>
    Fcm,
    /// <summary>Web Push (prefix <c>web:</c>; the token is the subscription endpoint or its id).</summary>
    WebPush,
}
