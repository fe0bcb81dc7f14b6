namespace DigitalPost.Grains.Interfaces.Receipts;

/// <summary>A receipt to a sender about one message.</summary>
public sealed record Receipt(long ReceiptId, string SenderId, Guid MessageUuid, string RecipientId, ReceiptStatus Status, string? ReasonCode, string? Detail, DateTimeOffset CreatedAt)
{
    /// <inheritdoc />
    public override string ToString() => $"Receipt({MessageUuid}, {Status}, {ReasonCode})";
}
