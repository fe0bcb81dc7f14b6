using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>A business's mailbox (key <c>cvr:&lt;8 digits&gt;</c>); the company is also a private sender.</summary>
public interface IBusinessMailboxGrain : IMailboxGrain
{
    /// <summary>Registry: the people who act for the company (CPR numbers); they get owner access.</summary>
    Task SetCompanyPeopleAsync(IReadOnlyList<string> cprs);

    /// <summary>Registry: the company ceased; the mailbox closes.</summary>
    Task CloseAsync();

    /// <summary>Sends private post (needs the recipient's consent), shown on the platform the company contracted with.</summary>
    Task<DeliveryResult> SendPrivatePostAsync(ActorContext actor, MeMoMessage message, Platform contractedPlatform);
}
