using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Mailboxes;

/// <summary>
/// The per-contact-point size limit an authority set for messages written to it (the authority
/// directory answers it). Null: the default 10 MB applies.
/// </summary>
public interface IContactPointLimits
{
    Task<long?> GetMaxMessageBytesAsync(AuthorityId authority, string contactPointId, MailboxKind senderKind, CancellationToken cancellationToken = default);
}
