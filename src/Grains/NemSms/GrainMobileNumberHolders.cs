using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Runtime;

namespace DigitalPost.Grains.NemSms;

/// <summary><see cref="IMobileNumberHolders"/> through <see cref="IMobileNumberHolder"/>, which the citizen mailbox grain implements.</summary>
public sealed class GrainMobileNumberHolders(IGrainFactory grains) : IMobileNumberHolders
{
    /// <inheritdoc />
    public Task<IReadOnlyList<MobileNumberPurpose>> ReleaseAsync(MailboxId holder, DanishMobileNumber number, MailboxId declaredBy, CancellationToken cancellationToken) =>
        grains.GetGrain<IMobileNumberHolder>(holder.Value).ReleaseMobileNumberAsync(number.Value, declaredBy.Value).WaitAsync(cancellationToken);
}
