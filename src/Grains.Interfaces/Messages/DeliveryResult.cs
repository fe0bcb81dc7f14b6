using DigitalPost.Grains.Interfaces.Receipts;

namespace DigitalPost.Grains.Interfaces.Messages;

/// <summary>The result of a delivery. Repeating a delivery with the same messageUUID gives the first result again, with <see cref="Duplicate"/> set.</summary>
public sealed record DeliveryResult(Guid MessageUuid, DeliveryOutcome Outcome, ReceiptStatus Receipt, string? ReasonCode, string? Detail, bool Duplicate = false);
