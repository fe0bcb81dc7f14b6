using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Runtime.Streams;

namespace DigitalPost.GraphQLGateway.Subscriptions;

/// <summary>
/// The stream the mailbox grains publish receipts on (<c>DigitalPost.Grains.Receipts.ReceiptEvents</c>, which the
/// gateway does not reference): namespace <c>receipt-events</c>, key the sender's mailbox id. The end-to-end tests
/// (tests/Silo.Tests/EndToEnd/Live) prove the two agree.
/// </summary>
public static class ReceiptStreams
{
    /// <summary>The stream namespace.</summary>
    public const string Namespace = "receipt-events";

    /// <summary>The receipts of <paramref name="sender"/>'s sent messages.</summary>
    public static StreamId For(MailboxId sender) => new(Namespace, sender.Value);
}
