using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Notifications;

namespace DigitalPost.Grains.NemSms;

/// <summary>Tells a mailbox holding a mobile number to give it up (seam over the mailbox grains, for the ownership declaration).</summary>
public interface IMobileNumberHolders
{
    /// <summary>Has <paramref name="holder"/> remove <paramref name="number"/> from its NemSMS registration and notification settings; returns the purposes removed.</summary>
    Task<IReadOnlyList<MobileNumberPurpose>> ReleaseAsync(MailboxId holder, DanishMobileNumber number, MailboxId declaredBy, CancellationToken cancellationToken);
}
