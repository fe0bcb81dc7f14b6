using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.Grains.NemSms;

/// <summary>
/// Sends MeMo NEMSMS messages as SMS to the recipient's NemSMS-registered number through the
/// notification outbox. Called by the recipient's mailbox grain with its own registration (the
/// grain decides beforehand whether the mailbox can receive at all: a deceased or closed mailbox
/// refuses; an exempt one does not, NemSMS works while exempt). The caller writes the receipt
/// from the result.
/// </summary>
public interface INemSmsSender
{
    /// <summary>Queues the SMS or says why not; idempotent per mailbox and messageUUID.</summary>
    Task<NemSmsSendResult> SendAsync(MailboxId mailbox, NemSmsRegistration? registration, MeMoMessage memo, CancellationToken cancellationToken = default);
}
