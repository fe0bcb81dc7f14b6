using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Receipts;

namespace DigitalPost.Grains.MassSend;

/// <summary>
/// One decided recipient of a batch, as COPY'd into the session's staging table. The letter
/// columns are null for template jobs (the job's values are statement parameters) and set for
/// personalised ones.
/// </summary>
internal sealed record MassSendStage(
    string MailboxId,
    Guid MessageUuid,
    string RecipientId,
    string IdType,
    DeliveryOutcome Outcome,
    ReceiptStatus Receipt,
    string? ReasonCode,
    string? Detail,
    string? AddressJson,
    MassSendLetter? Letter);
