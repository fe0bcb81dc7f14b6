using System.Text;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.Silo.Tests.EndToEnd.Support;

/// <summary>MeMo letters for seeding and for tests that need fresh messages.</summary>
public static class WorldLetters
{
    /// <summary>A MeMo 1.2 letter from <paramref name="senderId"/> (CVR) to <paramref name="recipient"/>, created at <paramref name="createdAt"/>.</summary>
    public static MeMoMessage Build(LetterSpec spec, string senderId, string senderLabel, string? senderContactPoint, MailboxId recipient, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var uuid = spec.MessageUuid ?? Guid.NewGuid();
        MeMoList<MeMoAction> actions = spec.WithAppointment
            ? [new MeMoAction
            {
                Label = "Møde hos Skattestyrelsen",
                ActionCode = MeMoActionCode.Aftale,
                StartDateTime = createdAt.AddDays(14),
                EndDateTime = createdAt.AddDays(14).AddHours(1),
                Reservation = new MeMoReservation
                {
                    Description = "Møde om din årsopgørelse",
                    ReservationUuid = DerivedUuid(uuid, "reservation"),
                    Abstract = "Møde",
                    Location = "Østbanegade 123, 2100 København Ø",
                    StartDateTime = createdAt.AddDays(14),
                    EndDateTime = createdAt.AddDays(14).AddHours(1),
                    OrganizerName = senderLabel,
                },
            }]
            : MeMoList<MeMoAction>.Empty;
        return new MeMoMessage
        {
            MemoVersion = "1.2",
            Header = new MeMoMessageHeader
            {
                MessageType = MeMoMessageType.DigitalPost,
                MessageUuid = uuid,
                Label = spec.Label,
                Reply = spec.Replyable,
                ReplyByDateTime = spec.Replyable ? spec.ReplyBy : null,
                LegalNotification = spec.LegalNotification,
                Sender = new MeMoSender
                {
                    SenderId = senderId,
                    IdType = "CVR",
                    Label = senderLabel,
                    ContactPoint = senderContactPoint is null ? null : new MeMoContactPoint { ContactPointId = senderContactPoint },
                },
                Recipient = new MeMoRecipient
                {
                    RecipientId = recipient.Key,
                    IdType = recipient.Kind == MailboxKind.Business ? "CVR" : "CPR",
                },
            },
            Body = new MeMoMessageBody
            {
                CreatedDateTime = createdAt,
                MainDocument = new MeMoDocument
                {
                    Label = spec.Label,
                    Files = [TextFile("brev.txt", spec.Body)],
                    Actions = actions,
                },
                AdditionalDocuments = [.. spec.Attachments.Select(name => new MeMoDocument
                {
                    Label = name,
                    Files = [TextFile(name, "Bilag: " + name)],
                })],
            },
        };
    }

    /// <summary>A stable UUID derived from another (so a seeded world has the same ids every run).</summary>
    public static Guid DerivedUuid(Guid source, string purpose)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(source.ToString("D") + "/" + purpose));
        return new Guid(bytes.AsSpan(0, 16));
    }

    private static MeMoFile TextFile(string name, string text) => new()
    {
        EncodingFormat = "text/plain",
        Filename = name,
        Language = "da",
        Content = MeMoContent.FromBytes(Encoding.UTF8.GetBytes(text)),
    };
}
