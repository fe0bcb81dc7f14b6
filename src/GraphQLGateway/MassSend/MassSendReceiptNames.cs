using DigitalPost.Grains.Interfaces.Receipts;

namespace DigitalPost.GraphQLGateway.MassSend;

/// <summary>Receipt statuses as the Digital Post sender API writes them.</summary>
public static class MassSendReceiptNames
{
    public static string Of(ReceiptStatus status) => status switch
    {
        ReceiptStatus.Received => "RECEIVED",
        ReceiptStatus.Completed => "COMPLETED",
        ReceiptStatus.Invalid => "INVALID",
        _ => "NOT_ALLOWED",
    };
}
