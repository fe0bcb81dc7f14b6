using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Receipts;

namespace DigitalPost.GraphQLGateway.MailboxActions.Mutations;

/// <summary>The runtime value of <c>DeliveryReport</c>: what the recipient's mailbox did with a sent message.</summary>
public sealed record DeliveryReport(Guid MessageUuid, DeliveryOutcome Outcome, ReceiptStatus ReceiptStatus, string? Reason, string? Detail, bool Duplicate)
{
    public static DeliveryReport From(DeliveryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.MessageUuid, result.Outcome, result.Receipt, result.ReasonCode, result.Detail, result.Duplicate);
    }
}
