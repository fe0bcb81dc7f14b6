using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Mailboxes;

/// <summary>No contact point raises the limit; used until the authority directory is registered instead.</summary>
public sealed class DefaultContactPointLimits : IContactPointLimits
{
    public Task<long?> GetMaxMessageBytesAsync(AuthorityId authority, string contactPointId, MailboxKind senderKind, CancellationToken cancellationToken = default) =>
        Task.FromResult<long?>(null);
}
