using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.Grains.Interfaces.Notifications;

/// <summary>
/// A notification to enqueue. It names the mailbox and, for a delegate who opted in, the delegate's
/// CPR; the outbox resolves channels from the settings given here. <see cref="Text"/> carries no
/// personal data (no names, CPR, subject), only that new post arrived.
/// </summary>
public sealed record NotificationRequest(
    Guid NotificationId,
    MailboxId Mailbox,
    string? DelegateCpr,
    NotificationKind Kind,
    string Text,
    Guid? MessageUuid,
    NotificationSettings Channels,
    DateTimeOffset CreatedAt)
{
    /// <inheritdoc />
    public override string ToString() => $"NotificationRequest({NotificationId}, {Kind})";
}
