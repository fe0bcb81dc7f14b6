using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Messages;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.Messages;

/// <summary>Delivery writes for the message-store tests: a new letter to a new adult, delivered.</summary>
internal static class TestDeliveries
{
    /// <summary>
    /// A delivered letter from <paramref name="sender"/> with its message row; its stored content is
    /// <paramref name="content"/> when given (so several writes can share one content), else the letter's own.
    /// </summary>
    public static DeliveryWrite Delivered(string sender, StoredContent? content = null)
    {
        var recipient = MailboxId.ForCitizen(TestPeople.Adult());
        var letter = TestLetters.Letter(recipient, label: "Brev " + Guid.NewGuid().ToString("N"));
        var row = NewMessageRow.From(letter, recipient.Value, MessageDirection.Received, sender, SenderKind.Authority, null, MailboxTestHost.Start);
        return new DeliveryWrite(recipient.Value, letter.Header.MessageUuid, sender, DeliveryOutcome.Delivered, ReceiptStatus.Received, null, null,
            MailboxTestHost.Start, content ?? MessageContentCodec.Encode(letter), Message: row);
    }
}
