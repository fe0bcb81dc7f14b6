using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Mailboxes;
using DigitalPost.Grains.Messages;
using DigitalPost.Runtime.Streams;

namespace DigitalPost.Grains.Receipts;

/// <summary>
/// Live receipt events for senders: each receipt a mailbox grain writes is also published on the
/// stream <c>receipt-events/&lt;sender mailbox id&gt;</c> (e.g. <c>receipt-events/authority:skattestyrelsen</c>)
/// as a <see cref="Receipt"/>, which the gateway's <c>receiptEvents</c> subscription reads. Published
/// after the write has committed, never before. Receipts written in bulk by mass sends are not
/// published one by one (a job has its own progress). <see cref="Receipt.ReceiptId"/> is 0 on the
/// stream: the writing statements do not read the id back, and the stored receipt is what
/// <c>ListReceiptsAsync</c> returns.
/// </summary>
public static class ReceiptEvents
{
    /// <summary>The stream namespace; the key is the sender's mailbox id (<c>MailboxId.Value</c>).</summary>
    public const string Namespace = "receipt-events";

    /// <summary>The stream of receipts for <paramref name="senderMailboxId"/>.</summary>
    public static StreamId For(string senderMailboxId) => new(Namespace, senderMailboxId);

    /// <summary>Publishes a receipt as written.</summary>
    public static Task PublishAsync(IStreamProvider streams, string senderId, Guid messageUuid, string recipientId, ReceiptStatus status, string? reasonCode, string? detail, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(streams);
        return streams.GetStream<Receipt>(For(senderId)).OnNextAsync(new Receipt(0, senderId, messageUuid, recipientId, status, reasonCode, detail, at));
    }

    /// <summary>Publishes the receipt a delivery statement wrote (delivered, printed or held: RECEIVED).</summary>
    public static Task PublishAsync(IStreamProvider streams, DeliveryWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        return PublishAsync(streams, write.SenderId, write.MessageUuid, write.MailboxId, write.Receipt, write.ReasonCode, write.Detail, write.At);
    }

    /// <summary>
    /// Publishes the COMPLETED receipt of a legal notification just served in <paramref name="mailboxId"/>:
    /// the serve statement found the sender in the message row, so it is read back from there (one
    /// primary-key read on a path taken once per legal notification).
    /// </summary>
    public static async Task PublishServedAsync(MailboxServices services, string mailboxId, Guid messageUuid)
    {
        ArgumentNullException.ThrowIfNull(services);
        var stored = await services.Messages.GetMessageAsync(mailboxId, messageUuid);
        if (stored?.Summary.ServedAt is { } servedAt)
        {
            await PublishAsync(services.Streams, stored.Summary.SenderId, messageUuid, mailboxId, ReceiptStatus.Completed, ReceiptReasons.LegalNotificationServed, null, servedAt);
        }
    }
}
