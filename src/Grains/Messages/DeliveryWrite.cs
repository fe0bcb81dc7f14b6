using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Receipts;

namespace DigitalPost.Grains.Messages;

/// <summary>
/// Everything one delivery writes, in one statement: the idempotency record, the content, the
/// target row (message, print job or held message) and the receipt.
/// </summary>
public sealed record DeliveryWrite(
    string MailboxId,
    Guid MessageUuid,
    string SenderId,
    DeliveryOutcome Outcome,
    ReceiptStatus Receipt,
    string? ReasonCode,
    string? Detail,
    DateTimeOffset At,
    StoredContent? Content = null,
    NewMessageRow? Message = null,
    PrintJob? Print = null,
    HeldMessage? Held = null);
