using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.Grains.Interfaces.Messages;

/// <summary>A message for a recipient mailbox, from a sender mailbox.</summary>
/// <param name="Message">The MeMo message.</param>
/// <param name="Sender">The sending mailbox (authority, company or, for replies, a person).</param>
/// <param name="SenderKind">Public or private post.</param>
/// <param name="ContractedPlatform">For private post: the platform the company contracted with; it is shown only there.</param>
public sealed record DeliveryRequest(MeMoMessage Message, MailboxId Sender, SenderKind SenderKind, Platform? ContractedPlatform = null)
{
    /// <inheritdoc />
    public override string ToString() => $"DeliveryRequest({Message.Header.MessageUuid}, {SenderKind})";
}
