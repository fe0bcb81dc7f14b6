using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Notifications;

namespace DigitalPost.Grains.NemSms;

/// <summary>One entry of the mobile number index: a mailbox holds a number for a purpose.</summary>
public sealed record MobileNumberHolding(MailboxId Mailbox, MobileNumberPurpose Purpose, DateTimeOffset RegisteredAt)
{
    /// <inheritdoc />
    public override string ToString() => $"MobileNumberHolding({Mailbox.Masked}, {Purpose})";
}
