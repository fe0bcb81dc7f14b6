using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>An authority's mailbox (key <c>authority:&lt;id&gt;</c>): sends public post, receives citizens' messages, holds receipts.</summary>
public interface IAuthorityMailboxGrain : IMailboxGrain
{
    /// <summary>Sends a MeMo document as received from the sender system; malformed input gives an INVALID receipt.</summary>
    Task<DeliveryResult> SendMeMoAsync(ActorContext actor, ReadOnlyMemory<byte> memoXml);

    /// <summary>Sends an already parsed MeMo message.</summary>
    Task<DeliveryResult> SendAsync(ActorContext actor, MeMoMessage message);

    /// <summary>Recalls a message held for its doNotDeliverUntilDate.</summary>
    Task<bool> RecallAsync(ActorContext actor, MailboxId recipient, Guid messageUuid);
}
