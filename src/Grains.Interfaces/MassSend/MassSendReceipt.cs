using DigitalPost.Grains.Interfaces.Receipts;

namespace DigitalPost.Grains.Interfaces.MassSend;

/// <summary>The receipt of one recipient of a mass send (the recipient as listed: CPR or CVR).</summary>
public sealed record MassSendReceipt(string Recipient, Guid MessageUuid, ReceiptStatus Status, string? Reason, string? Detail, DateTimeOffset CreatedAt);
