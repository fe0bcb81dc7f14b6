using DigitalPost.Grains.Interfaces.Receipts;

namespace DigitalPost.Grains.Interfaces.MassSend;

/// <summary>How many receipts of a job have this status and reason.</summary>
public sealed record MassSendReceiptCount(ReceiptStatus Status, string? Reason, long Count);
