using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Mailboxes;

/// <summary>Contact point limits from the authority directory (citizens' and businesses' limits per contact point).</summary>
public sealed class DirectoryContactPointLimits(IAuthorityDirectory directory) : IContactPointLimits
{
    public async Task<long?> GetMaxMessageBytesAsync(AuthorityId authority, string contactPointId, MailboxKind senderKind, CancellationToken cancellationToken = default)
    {
        var contactPoint = await directory.GetContactPointAsync(authority, contactPointId, cancellationToken).ConfigureAwait(false);
        return contactPoint is null ? null
            : senderKind == MailboxKind.Business ? contactPoint.AttachmentLimits.BusinessMaxBytes : contactPoint.AttachmentLimits.CitizenMaxBytes;
    }
}
