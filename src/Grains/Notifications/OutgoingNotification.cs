using DigitalPost.Grains.Interfaces.Notifications;

namespace DigitalPost.Grains.Notifications;

/// <summary>
/// One notification to hand to a provider: the channel's address (a +45 number, an e-mail address,
/// a <c>platform:token</c> device), the fixed subject and text, and ids for the provider's
/// deduplication. It names no mailbox: the provider learns no more than the address it sends to.
/// </summary>
public sealed record OutgoingNotification(
    Guid NotificationId,
    long DispatchId,
    NotificationKind Kind,
    NotificationChannel Channel,
    string Address,
    string? Subject,
    string Text,
    int Attempt)
{
    /// <inheritdoc />
    public override string ToString() => $"OutgoingNotification({NotificationId}, {Channel}, attempt {Attempt})";
}
