using System.Text;
using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.GraphQLGateway.Tests.Messages;

/// <summary>A MeMo letter with every part the gateway maps: three kinds of documents, files, an entry point, an AFTALE, reply and forward data.</summary>
internal static class Letters
{
    public static readonly Guid Uuid = Guid.Parse("11111111-2222-4333-8444-555555555555");
    public static readonly Guid Answered = Guid.Parse("99999999-2222-4333-8444-555555555555");
    public static readonly Guid Reservation = Guid.Parse("aaaaaaaa-2222-4333-8444-555555555555");
    public static readonly DateTimeOffset Starts = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static MeMoFile File(string name, string format, string text) => new()
    {
        Filename = name,
        EncodingFormat = format,
        Language = "da",
        Content = MeMoContent.FromBytes(Encoding.UTF8.GetBytes(text)),
    };

    public static MeMoMessage Full() => new()
    {
        MemoVersion = "1.2",
        Header = new MeMoMessageHeader
        {
            MessageType = MeMoMessageType.DigitalPost,
            MessageUuid = Uuid,
            Label = "Pladsanvisning",
            Notification = "Du har fået en plads",
            AdditionalNotification = "Svar inden fredag",
            Sender = new MeMoSender
            {
                SenderId = "12345678",
                IdType = "CVR",
                Label = "Aalborg Kommune",
                ContactPoint = new MeMoContactPoint { ContactPointId = "dagtilbud", Label = "Dagtilbud" },
            },
            Recipient = new MeMoRecipient { RecipientId = "0101901234", IdType = "CPR" },
            ReplyData = [new MeMoReplyData { MessageUuid = Answered }],
            ForwardData = new MeMoForwardData { MessageUuid = Answered, OriginalMessageDateTime = Starts, OriginalSender = "Skattestyrelsen" },
        },
        Body = new MeMoMessageBody
        {
            CreatedDateTime = Starts.AddDays(-10),
            MainDocument = new MeMoDocument
            {
                DocumentId = "main-1",
                Label = "Brev",
                Files = [File("brev.pdf", "application/pdf", "pdf!"), File("brev.txt", "text/plain", "tekst")],
                Actions =
                [
                    new MeMoAction { Label = "Svar", ActionCode = MeMoActionCode.Selvbetjening, EntryPoint = new MeMoEntryPoint { Url = "https://example.dk/svar" } },
                    new MeMoAction
                    {
                        Label = "Møde",
                        ActionCode = MeMoActionCode.Aftale,
                        StartDateTime = Starts,
                        EndDateTime = Starts.AddHours(1),
                        Reservation = new MeMoReservation
                        {
                            ReservationUuid = Reservation,
                            Abstract = "Opstartsmøde",
                            Description = "Mød op i børnehaven",
                            Location = "Børnehaven Solsikken",
                            StartDateTime = Starts,
                            EndDateTime = Starts.AddHours(1),
                            OrganizerName = "Pædagog Hansen",
                            OrganizerMail = "hansen@example.dk",
                        },
                    },
                ],
            },
            AdditionalDocuments = [new MeMoDocument { Label = "Bilag", Files = [File("bilag.pdf", "application/pdf", "bilag")] }],
            TechnicalDocuments = [new MeMoDocument { Label = "Data", Files = [File("data.xml", "xml", "<x/>")] }],
        },
    };
}
