using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.Grains.Messages;

/// <summary>A message row to insert (received or sent), with its file list.</summary>
public sealed record NewMessageRow(
    string MailboxId,
    Guid MessageUuid,
    MessageDirection Direction,
    string FolderId,
    string SenderId,
    string SenderLabel,
    SenderKind SenderKind,
    string RecipientId,
    string RecipientIdType,
    string? RecipientLabel,
    string Label,
    DateTimeOffset ReceivedAt,
    bool Unread,
    bool LegalNotification,
    bool ReplyAllowed,
    DateTimeOffset? ReplyBy,
    Platform? PrivatePlatform,
    Guid? ReplyTo,
    long SizeBytes,
    IReadOnlyList<FileRow> Files)
{
    public static NewMessageRow From(MeMoMessage message, string mailboxId, MessageDirection direction, string senderId, SenderKind senderKind, Platform? privatePlatform, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(message);
        var header = message.Header;
        var files = MessageContentCodec.Files(message);
        return new NewMessageRow(
            mailboxId,
            header.MessageUuid,
            direction,
            direction == MessageDirection.Sent ? SystemFolders.Sent : SystemFolders.Inbox,
            senderId,
            header.Sender.Label,
            senderKind,
            header.Recipient.RecipientId,
            header.Recipient.IdType,
            header.Recipient.Label,
            header.Label,
            at,
            direction == MessageDirection.Received,
            header.LegalNotification,
            header.Reply == true,
            header.ReplyByDateTime,
            privatePlatform,
            header.ReplyData.Count > 0 ? header.ReplyData[0].MessageUuid : null,
            files.Sum(f => f.SizeBytes),
            files);
    }
}
