using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Messages;

namespace DigitalPost.Grains.Mailboxes;

public abstract partial class MailboxGrainBase
{
    private const string NemSmsSentDetail = "Sent as NemSMS.";

    /// <summary>
    /// A MeMo NEMSMS message: a closed or deceased mailbox refuses first (NemSMS works while
    /// exempt, so exemption is not asked); then the NemSMS sender queues the SMS to this mailbox's
    /// own registration or says why not. An accepted message is recorded as a delivery (no content
    /// is stored: the text went to the SMS outbox), so the same messageUUID again sends nothing and
    /// gets the first answer; a refusal writes its receipt and the sender may correct and resend.
    /// </summary>
    private async Task<DeliveryResult> DeliverNemSmsAsync(DeliveryRequest request)
    {
        var uuid = request.Message.Header.MessageUuid;
        if (Id.Kind != MailboxKind.Citizen)
        {
            return await RefuseAsync(request, DeliveryOutcome.Invalid, ReceiptStatus.Invalid, ReceiptReasons.MessageInvalid,
                "NEMSMS messages go to citizens (CPR recipients) only.");
        }

        if (await Services.Messages.GetDeliveryAsync(Key, uuid) is { } earlier)
        {
            return earlier;
        }

        if (State.Deceased || State.Closed)
        {
            CountersChanged(c => c with { Refused = c.Refused + 1 });
            return await RefuseAsync(request, DeliveryOutcome.NotAllowed, ReceiptStatus.NotAllowed, ReceiptReasons.RecipientIsClosed,
                "The recipient's mailbox is closed.");
        }

        var sent = await Services.NemSms.SendAsync(Id, State.NemSms, request.Message);
        if (!sent.Queued)
        {
            var outcome = sent.Receipt == ReceiptStatus.Invalid ? DeliveryOutcome.Invalid : DeliveryOutcome.NotAllowed;
            return await RefuseAsync(request, outcome, sent.Receipt, sent.ReasonCode, sent.Detail);
        }

        var write = new DeliveryWrite(Key, uuid, request.Sender.Value, DeliveryOutcome.Delivered, ReceiptStatus.Received, null, NemSmsSentDetail, Now);
        if (!await Services.Messages.WriteDeliveryAsync(write))
        {
            return await Services.Messages.GetDeliveryAsync(Key, uuid) ?? throw new InvalidOperationException("A concurrent delivery left no record.");
        }

        return new DeliveryResult(uuid, DeliveryOutcome.Delivered, ReceiptStatus.Received, null, NemSmsSentDetail);
    }
}
