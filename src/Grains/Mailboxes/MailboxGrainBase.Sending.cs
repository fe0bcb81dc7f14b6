using System.Text;
using DigitalPost.Grains.Delivery;
using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.MeMo;
using DigitalPost.Grains.Messages;

namespace DigitalPost.Grains.Mailboxes;

public abstract partial class MailboxGrainBase
{
    private const int MaxLabelLength = 256;

    /// <summary>How this mailbox signs what it writes (MeMo Sender label); no personal names are stored here.</summary>
    protected abstract string SenderLabel { get; }

    public async Task<SendResult> ReplyAsync(ActorContext actor, ReplyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Require(actor, AccessLevel.ReadWrite, "reply");
        var original = await LoadAsync(actor, request.MessageUuid);
        var summary = original.Summary;
        if (summary.Direction != MessageDirection.Received || !summary.ReplyAllowed)
        {
            throw new MailboxActionException(MailboxErrorCode.ReplyNotAllowed, "This message does not allow replies.");
        }

        if (summary.ReplyBy is { } deadline && Now > deadline)
        {
            throw new MailboxActionException(MailboxErrorCode.ReplyDeadlinePassed, $"The reply deadline {deadline:yyyy-MM-dd HH:mm} UTC has passed.");
        }

        var recipient = MailboxId.Parse(summary.SenderId);
        var originalMessage = MessageContentCodec.Decode(await Services.Messages.GetContentAsync(original.ContentSha256), summary.MessageUuid,
            summary.RecipientId, original.RecipientLabel);
        var uuid = Guid.NewGuid();
        var replyData = new MeMoReplyData
        {
            MessageUuid = summary.MessageUuid,
            MessageId = originalMessage.Header.MessageId,
            ReplyUuid = uuid,
            SenderId = Id.Key,
            RecipientId = recipient.Key,
            CaseId = originalMessage.Header.ContentData?.CaseId?.CaseId,
            ContactPointId = originalMessage.Header.Sender.ContactPoint?.ContactPointId,
        };
        var label = Truncate("Sv: " + summary.Label);
        var message = Build(uuid, label, Id, recipient, originalMessage.Header.Sender.ContactPoint?.ContactPointId, request.Body, request.Attachments) is var built
            ? built with { Header = built.Header with { ReplyData = [replyData] } }
            : built;
        await CheckOutgoingLimitsAsync(message, recipient, replyData.ContactPointId);
        return await SendAsync(actor, message, recipient, AccessAction.Reply);
    }

    public async Task<SendResult> WriteToAuthorityAsync(ActorContext actor, NewMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Require(actor, AccessLevel.ReadWrite, "write new messages");
        if (string.IsNullOrWhiteSpace(message.Subject) || message.Subject.Length > MaxLabelLength)
        {
            throw new MailboxActionException(MailboxErrorCode.InvalidRequest, $"A subject must have 1 to {MaxLabelLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(message.ContactPointId))
        {
            throw new MailboxActionException(MailboxErrorCode.InvalidRequest, "Choose the authority's contact point (category).");
        }

        var recipient = MailboxId.ForAuthority(message.Authority);
        var built = Build(Guid.NewGuid(), message.Subject.Trim(), Id, recipient, message.ContactPointId, message.Body, message.Attachments);
        await CheckOutgoingLimitsAsync(built, recipient, message.ContactPointId);
        return await SendAsync(actor, built, recipient, AccessAction.WriteNew);
    }

    public async Task<SendResult> ForwardAsync(ActorContext actor, ForwardRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var level = Require(actor, AccessLevel.Read, "forward");
        var original = await LoadAsync(actor, request.MessageUuid);
        var summary = original.Summary;
        var originalMessage = MessageContentCodec.Decode(await Services.Messages.GetContentAsync(original.ContentSha256), summary.MessageUuid,
            summary.RecipientId, original.RecipientLabel);

        // Read access forwards in the delegate's own name; read-and-write (and the owner) forward on the mailbox's behalf.
        var from = level >= AccessLevel.ReadWrite || actor.Kind != ActorKind.Person ? Id : MailboxId.ForCitizen(actor.PersonCpr);
        var uuid = Guid.NewGuid();
        var header = originalMessage.Header with
        {
            MessageUuid = uuid,
            MessageId = null,
            Label = Truncate("Vs: " + summary.Label),
            Reply = false,
            ReplyByDateTime = null,
            DoNotDeliverUntilDate = null,
            LegalNotification = false,
            Sender = new MeMoSender { SenderId = from.Key, IdType = MailboxGrains.IdType(from), Label = from == Id ? SenderLabel : "Borger" },
            Recipient = new MeMoRecipient { RecipientId = request.To.Key, IdType = MailboxGrains.IdType(request.To) },
            ForwardData = new MeMoForwardData
            {
                MessageUuid = summary.MessageUuid,
                OriginalMessageDateTime = summary.ReceivedAt,
                OriginalSender = summary.SenderLabel,
                Comment = request.Comment is { Length: > 0 } comment ? comment[..Math.Min(comment.Length, 512)] : null,
            },
            ReplyData = [],
        };
        var message = originalMessage with { Header = header };
        await CheckOutgoingLimitsAsync(message, request.To, null);
        return await SendAsync(actor, message, request.To, AccessAction.Forward, from);
    }

    /// <summary>Delivers to the recipient's mailbox; when it was accepted, keeps a copy in Sent and logs the action.</summary>
    protected async Task<SendResult> SendAsync(ActorContext actor, MeMoMessage message, MailboxId recipient, AccessAction action, MailboxId? from = null)
    {
        if (recipient == Id)
        {
            throw new MailboxActionException(MailboxErrorCode.InvalidRequest, "A mailbox cannot send to itself.");
        }

        var sender = from ?? Id;
        var result = await MailboxGrains.Get(GrainFactory, recipient).DeliverAsync(new DeliveryRequest(message, sender, SenderKind.MailboxHolder));
        if (result.Outcome is not (DeliveryOutcome.Delivered or DeliveryOutcome.Printed or DeliveryOutcome.Held))
        {
            throw new MailboxActionException(MailboxErrorCode.RecipientNotReachable, $"The recipient did not accept the message: {result.Detail ?? result.ReasonCode}");
        }

        var uuid = message.Header.MessageUuid;
        var row = NewMessageRow.From(message, Key, MessageDirection.Sent, sender.Value, SenderKind.MailboxHolder, null, Now);
        await Services.Database.ExecuteAsync([MessageStore.InsertMessageCommand(row, MessageContentCodec.Encode(message)), Log(actor, action, uuid, recipient.Value)]);
        await PublishAsync(MailboxEventKind.Sent, uuid, SystemFolders.Sent, actor.Platform);
        return new SendResult(uuid, result);
    }

    private async Task CheckOutgoingLimitsAsync(MeMoMessage message, MailboxId recipient, string? contactPointId)
    {
        LimitViolation? violation;
        if (recipient.Kind == MailboxKind.Authority)
        {
            long? raised = contactPointId is null ? null
                : await Services.ContactPointLimits.GetMaxMessageBytesAsync(recipient.AuthorityId, contactPointId, Id.Kind);
            violation = MessageLimits.CheckToAuthority(message, Id.Kind == MailboxKind.Business, raised, Services.Options);
        }
        else
        {
            violation = MessageLimits.CheckFromSender(message, Services.Options);
        }

        if (violation is not null)
        {
            throw new MailboxActionException(violation.Code, violation.Message);
        }
    }

    private MeMoMessage Build(Guid uuid, string label, MailboxId from, MailboxId to, string? contactPointId, string body, IReadOnlyList<Attachment> attachments) => new()
    {
        MemoVersion = "1.2",
        Header = new MeMoMessageHeader
        {
            MessageType = MeMoMessageType.DigitalPost,
            MessageUuid = uuid,
            Label = label,
            Mandatory = false,
            LegalNotification = false,
            Sender = new MeMoSender { SenderId = from.Key, IdType = MailboxGrains.IdType(from), Label = SenderLabel },
            Recipient = new MeMoRecipient
            {
                RecipientId = to.Key,
                IdType = MailboxGrains.IdType(to),
                ContactPoint = contactPointId is null ? null : new MeMoContactPoint { ContactPointId = contactPointId },
            },
        },
        Body = new MeMoMessageBody
        {
            CreatedDateTime = Now,
            MainDocument = new MeMoDocument
            {
                Files = [new MeMoFile { EncodingFormat = "text/plain", Filename = "besked.txt", Language = "da", Content = MeMoContent.FromBytes(Encoding.UTF8.GetBytes(body ?? string.Empty)) }],
            },
            AdditionalDocuments = [.. (attachments ?? []).Select(a => new MeMoDocument
            {
                Label = a.Filename,
                Files = [new MeMoFile { EncodingFormat = a.EncodingFormat, Filename = a.Filename, Language = "da", Content = MeMoContent.FromBytes(a.Content) }],
            })],
        },
    };

    private static string Truncate(string label) => label.Length <= MaxLabelLength ? label : label[..MaxLabelLength];
}
