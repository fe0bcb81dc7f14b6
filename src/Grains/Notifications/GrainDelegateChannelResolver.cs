using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Runtime;

namespace DigitalPost.Grains.Notifications;

/// <summary>
/// Reads a delegate's notification settings from the delegate's own citizen mailbox grain, as the
/// system. Called by the dispatcher outside any grain turn, so a mailbox notifying its delegates
/// never waits on another mailbox.
/// </summary>
public sealed class GrainDelegateChannelResolver(IGrainFactory grains) : IDelegateChannelResolver
{
    /// <inheritdoc />
    public async Task<NotificationSettings> ResolveAsync(string delegateCpr, CancellationToken cancellationToken)
    {
        var mailbox = MailboxId.ForCitizen(Cpr.Parse(delegateCpr));
        var profile = await grains.GetGrain<ICitizenMailboxGrain>(mailbox.Value).GetProfileAsync(ActorContext.System()).WaitAsync(cancellationToken).ConfigureAwait(false);
        return profile.Notifications;
    }
}
