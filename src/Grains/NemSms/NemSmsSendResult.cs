using DigitalPost.Grains.Interfaces.Receipts;

namespace DigitalPost.Grains.NemSms;

/// <summary>
/// What became of a NEMSMS message: <see cref="ReceiptStatus.Received"/> when the SMS is queued
/// (<see cref="NotificationId"/> names it in the outbox), else INVALID or NOT_ALLOWED with a reason
/// code and a detail for the sender. The detail never contains the recipient's number.
/// </summary>
public sealed record NemSmsSendResult(Guid MessageUuid, ReceiptStatus Receipt, string? ReasonCode, string? Detail, Guid? NotificationId)
{
    /// <summary>True when the SMS was queued.</summary>
    public bool Queued => NotificationId is not null;
}
