using System.Text;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.Grains.Tests.Mailboxes.Hosting;

/// <summary>MeMo messages built in code for the tests.</summary>
public static class TestLetters
{
    public static MeMoMessage Letter(
        MailboxId recipient,
        string label = "Besked fra kommunen",
        Guid? uuid = null,
        bool legal = false,
        bool reply = false,
        DateTimeOffset? replyBy = null,
        DateOnly? doNotDeliverUntil = null,
        string senderId = "12345678",
        string senderLabel = "Testkommune",
        IReadOnlyList<(string Name, int Bytes)>? attachments = null,
        int mainBytes = 64) => new()
    {
        MemoVersion = "1.2",
        Header = new MeMoMessageHeader
        {
            MessageType = MeMoMessageType.DigitalPost,
            MessageUuid = uuid ?? Guid.NewGuid(),
            Label = label,
            Reply = reply,
            ReplyByDateTime = replyBy,
            DoNotDeliverUntilDate = doNotDeliverUntil,
            LegalNotification = legal,
            Sender = new MeMoSender
            {
                SenderId = senderId,
                IdType = "CVR",
                Label = senderLabel,
                ContactPoint = new MeMoContactPoint { ContactPointId = "borgerservice" },
            },
            Recipient = new MeMoRecipient { RecipientId = recipient.Key, IdType = recipient.Kind == MailboxKind.Business ? "CVR" : "CPR" },
        },
        Body = new MeMoMessageBody
        {
            CreatedDateTime = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero),
            MainDocument = new MeMoDocument
            {
                Label = "Brev",
                Files = [new MeMoFile { EncodingFormat = "application/pdf", Filename = "brev.pdf", Language = "da", Content = Bytes(mainBytes) }],
            },
            AdditionalDocuments = [.. (attachments ?? []).Select(a => new MeMoDocument
            {
                Label = a.Name,
                Files = [new MeMoFile { EncodingFormat = "application/octet-stream", Filename = a.Name, Language = "da", Content = Bytes(a.Bytes) }],
            })],
        },
    };

    /// <summary>A MeMo NEMSMS message (no MessageBody): the SMS text is the header's notification.</summary>
    public static MeMoMessage NemSms(MailboxId recipient, string text = "Husk din tid hos tandlægen i morgen kl. 10.", Guid? uuid = null, string senderId = "12345678") => new()
    {
        MemoVersion = "1.2",
        Header = new MeMoMessageHeader
        {
            MessageType = MeMoMessageType.NemSms,
            MessageUuid = uuid ?? Guid.NewGuid(),
            Label = "NemSMS",
            Notification = text,
            Sender = new MeMoSender { SenderId = senderId, IdType = "CVR", Label = "Testkommune" },
            Recipient = new MeMoRecipient { RecipientId = recipient.Key, IdType = recipient.Kind == MailboxKind.Business ? "CVR" : "CPR" },
        },
    };

    public static byte[] Xml(MeMoMessage message) => MeMoWriter.Default.WriteToArray(message);

    public static MeMoContent Bytes(int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)('a' + (i % 26));
        }

        return MeMoContent.FromBytes(bytes);
    }

    public static string Text(MeMoContent content)
    {
        using var stream = content.OpenRead();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
