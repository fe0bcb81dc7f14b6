using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>A mailbox a person can open ("Mailboxes I can open"): own, delegated, company or estate.</summary>
/// <param name="GrantId">The grant behind a delegated or estate entry (a delegate may give it up); null for the own mailbox.</param>
/// <param name="Notify">Whether the person opted in to notifications of new post in that mailbox.</param>
public sealed record OpenableMailbox(MailboxId Mailbox, GrantKind? Kind, AccessLevel Level, DateTimeOffset? ExpiresAt, Guid? GrantId = null, bool Notify = false)
{
    /// <summary>True for the person's own mailbox.</summary>
    public bool IsOwn => Kind is null;
}
