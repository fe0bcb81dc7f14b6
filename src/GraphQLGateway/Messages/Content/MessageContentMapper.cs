using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.GraphQLGateway.Messages.Content;

/// <summary>
/// Maps an opened MeMo message to the schema's <c>MessageContent</c> views: documents with their files (metadata and
/// link positions, no bytes) and actions (entry point URL, AFTALE reservation), the contact point, the answered
/// message and the forward's origin.
/// </summary>
public static class MessageContentMapper
{
    /// <summary>The views of <paramref name="message"/>, opened in <paramref name="mailbox"/>.</summary>
    public static MessageContentView Map(MailboxId mailbox, MeMoMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var header = message.Header;
        var uuid = header.MessageUuid;
        var fileIndex = 0;
        var actionIndex = 0;
        DocumentView main;
        DocumentView[] additional = [];
        DocumentView[] technical = [];
        DateTimeOffset created;
        if (message.Body is { } body)
        {
            created = body.CreatedDateTime;
            main = MapDocument(mailbox, uuid, body.MainDocument, ref fileIndex, ref actionIndex);
            additional = MapDocuments(mailbox, uuid, body.AdditionalDocuments, ref fileIndex, ref actionIndex);
            technical = MapDocuments(mailbox, uuid, body.TechnicalDocuments, ref fileIndex, ref actionIndex);
        }
        else
        {
            // Only NEMSMS messages have no body, and they are never stored in a folder; an empty document keeps the
            // non-null schema field honest should one appear.
            created = default;
            main = new DocumentView(null, null, [], []);
        }

        return new MessageContentView(
            mailbox,
            header.Notification,
            header.AdditionalNotification,
            created,
            main,
            additional,
            technical,
            ContactPointOf(header),
            header.ReplyData.Count > 0 ? header.ReplyData[0].MessageUuid : null,
            header.ForwardData is { } forward ? ForwardedFrom(forward) : null);
    }

    /// <summary>The sender's contact point (for a message to an authority, the recipient's): its label, else its id.</summary>
    public static string? ContactPointOf(MeMoMessageHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var point = header.Sender.ContactPoint ?? header.Recipient.ContactPoint;
        return point is null ? null : string.IsNullOrWhiteSpace(point.Label) ? point.ContactPointId : point.Label;
    }

    private static string ForwardedFrom(MeMoForwardData forward) =>
        string.IsNullOrWhiteSpace(forward.OriginalContentResponsible)
            ? forward.OriginalSender
            : $"{forward.OriginalSender} ({forward.OriginalContentResponsible})";

    private static DocumentView[] MapDocuments(MailboxId mailbox, Guid uuid, MeMoList<MeMoDocument> documents, ref int fileIndex, ref int actionIndex)
    {
        if (documents.Count == 0)
        {
            return [];
        }

        var views = new DocumentView[documents.Count];
        for (var i = 0; i < views.Length; i++)
        {
            views[i] = MapDocument(mailbox, uuid, documents[i], ref fileIndex, ref actionIndex);
        }

        return views;
    }

    private static DocumentView MapDocument(MailboxId mailbox, Guid uuid, MeMoDocument document, ref int fileIndex, ref int actionIndex)
    {
        var files = new FileView[document.Files.Count];
        for (var i = 0; i < files.Length; i++)
        {
            var file = document.Files[i];
            files[i] = new FileView(mailbox, uuid, fileIndex++, file.Filename, file.EncodingFormat, file.Language, file.Content.Length);
        }

        var actions = new ActionView[document.Actions.Count];
        for (var i = 0; i < actions.Length; i++)
        {
            var action = document.Actions[i];
            actions[i] = new ActionView(
                mailbox,
                uuid,
                actionIndex++,
                action.Label,
                action.ActionCode,
                action.StartDateTime,
                action.EndDateTime,
                action.EntryPoint?.Url,
                action.Reservation is { } r
                    ? new ReservationView(r.ReservationUuid, r.Abstract, r.Description, r.Location, r.StartDateTime, r.EndDateTime, r.OrganizerName, r.OrganizerMail)
                    : null);
        }

        return new DocumentView(document.DocumentId, document.Label, files, actions);
    }
}
