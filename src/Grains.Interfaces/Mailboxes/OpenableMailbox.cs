using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>A mailbox a person can open ("Mailboxes I can open"): own, delegated, company or estate.</summary>
public sealed record OpenableMailbox(MailboxId Mailbox, GrantKind? Kind, AccessLevel Level, DateTimeOffset? ExpiresAt)
{
    /// <summary>True for the person's own mailbox.</summary>
    public bool IsOwn => Kind is null;
}
