using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>A mailbox's profile as its owner (or the authority side) sees it.</summary>
public sealed record MailboxProfile(
    MailboxId Mailbox,
    MailboxStatus Status,
    Residence Residence,
    bool VoluntarilyRegistered,
    ExemptionRecord? Exemption,
    IReadOnlyList<DelegationGrant> Grants,
    NotificationSettings Notifications,
    NemSmsRegistration? NemSms,
    IReadOnlyList<SenderConsent> Consents,
    IReadOnlyList<MailboxFolder> Folders,
    MailboxCounters Counters,
    DateTimeOffset? DeceasedAt,
    long UnreadCount)
{
    /// <inheritdoc />
    public override string ToString() => $"MailboxProfile({Mailbox.Masked}, {Status})";
}
