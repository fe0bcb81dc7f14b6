using DigitalPost.Grains.Delivery;
using DigitalPost.Grains.Interfaces.MeMo;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Mailboxes;
using DigitalPost.Grains.Messages;

namespace DigitalPost.Grains.MassSend;

/// <summary>
/// What one letter of a mass send writes besides its recipient: the message row's columns and the
/// content stored once (the MeMo without messageUUID and recipient, as the mailbox grain stores it).
/// </summary>
internal sealed record MassSendLetter(
    string Label,
    string SenderLabel,
    string SearchText,
    bool LegalNotification,
    bool ReplyAllowed,
    DateTimeOffset? ReplyBy,
    long SizeBytes,
    IReadOnlyList<FileRow> Files,
    StoredContent Content,
    DateOnly? DoNotDeliverUntil)
{
    /// <summary>The letter of <paramref name="message"/> (already checked by <see cref="Check"/>).</summary>
    public static MassSendLetter From(MeMoMessage message)
    {
        // The same row builder the mailbox grain uses, so the columns are filled alike.
        var row = NewMessageRow.From(message, "-", MessageDirection.Received, "-", SenderKind.Authority, null, DateTimeOffset.UnixEpoch);
        return new MassSendLetter(
            row.Label,
            row.SenderLabel,
            MessageStore.SearchText(row.Label, row.SenderLabel),
            row.LegalNotification,
            row.ReplyAllowed,
            row.ReplyBy,
            row.SizeBytes,
            row.Files,
            MessageContentCodec.Encode(message),
            message.Header.DoNotDeliverUntilDate);
    }

    /// <summary>
    /// Why <paramref name="message"/> cannot be sent as a letter to citizens and businesses, or null:
    /// the checks of the mailbox grain's delivery (DIGITALPOST with a body; the sender limits).
    /// </summary>
    public static string? Check(MeMoMessage message, MailboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Header.MessageType != MeMoMessageType.DigitalPost || message.Body is null)
        {
            return "only DIGITALPOST messages with a MessageBody can be mass sent.";
        }

        return MessageLimits.CheckFromSender(message, options)?.Message;
    }

    /// <summary>Reads and checks a MeMo; the problem (element paths of the errors) or the message.</summary>
    public static (MeMoMessage? Message, string? Problem) Read(ReadOnlyMemory<byte> xml, MailboxOptions options)
    {
        MeMoReadResult read;
        using (var stream = new MemoryStream(xml.ToArray(), writable: false))
        {
            read = MeMoReader.Default.Read(stream);
        }

        if (read.Message is null)
        {
            var errors = string.Join("; ", read.Errors.Take(10).Select(e => e.ToString()));
            return (null, $"the MeMo is not valid: {errors}");
        }

        return Check(read.Message, options) is { } problem ? (null, problem) : (read.Message, null);
    }
}
