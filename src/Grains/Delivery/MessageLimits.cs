using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.MeMo;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Mailboxes;

namespace DigitalPost.Grains.Delivery;

/// <summary>Size, attachment-count and file-type limits of a message (pure; no I/O).</summary>
public static class MessageLimits
{
    /// <summary>Every file of the message, main document first.</summary>
    public static IEnumerable<(string DocumentKind, MeMoFile File)> Files(MeMoMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Body is not { } body)
        {
            yield break;
        }

        foreach (var file in body.MainDocument.Files)
        {
            yield return ("main", file);
        }

        foreach (var document in body.AdditionalDocuments)
        {
            foreach (var file in document.Files)
            {
                yield return ("additional", file);
            }
        }

        foreach (var document in body.TechnicalDocuments)
        {
            foreach (var file in document.Files)
            {
                yield return ("technical", file);
            }
        }
    }

    /// <summary>Total decoded bytes of every file.</summary>
    public static long TotalBytes(MeMoMessage message) => Files(message).Sum(f => f.File.Content.Length);

    /// <summary>Checks a message from an authority or company to a recipient: 99.5 MB, 10 attachments, file types.</summary>
    public static LimitViolation? CheckFromSender(MeMoMessage message, MailboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var files = Files(message).ToList();
        var attachments = Math.Max(0, files.Count - 1);
        if (attachments > options.MaxSenderAttachments)
        {
            return new LimitViolation(MailboxErrorCode.TooManyAttachments, ReceiptReasons.TooManyAttachments,
                $"The message has {attachments} attachments; at most {options.MaxSenderAttachments} are allowed.");
        }

        return CheckSize(files, options.MaxSenderMessageBytes) ?? CheckTypes(files, options);
    }

    /// <summary>
    /// Checks a message from a citizen or business to an authority: 10 MB unless the contact point
    /// raises it (<paramref name="contactPointLimit"/>), capped at 60 MB (citizens) / 40 MB (businesses).
    /// </summary>
    public static LimitViolation? CheckToAuthority(MeMoMessage message, bool fromBusiness, long? contactPointLimit, MailboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var files = Files(message).ToList();
        var ceiling = fromBusiness ? options.MaxToAuthorityBytesBusinessCeiling : options.MaxToAuthorityBytesCitizenCeiling;
        var limit = contactPointLimit is { } raised ? Math.Min(Math.Max(raised, options.MaxToAuthorityBytes), ceiling) : options.MaxToAuthorityBytes;
        return CheckSize(files, limit) ?? CheckTypes(files, options);
    }

    private static LimitViolation? CheckSize(List<(string DocumentKind, MeMoFile File)> files, long limit)
    {
        var total = files.Sum(f => f.File.Content.Length);
        return total > limit
            ? new LimitViolation(MailboxErrorCode.AttachmentTooLarge, ReceiptReasons.MessageTooLarge,
                $"The message's files total {total} bytes; the limit is {limit} bytes.")
            : null;
    }

    private static LimitViolation? CheckTypes(List<(string DocumentKind, MeMoFile File)> files, MailboxOptions options)
    {
        foreach (var (_, file) in files)
        {
            var extension = Path.GetExtension(file.Filename).TrimStart('.').ToLowerInvariant();
            if (extension.Length == 0 || !options.AllowedFileExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                return new LimitViolation(MailboxErrorCode.FileTypeNotAllowed, ReceiptReasons.FileTypeNotAllowed,
                    $"File type '{(extension.Length == 0 ? "(none)" : extension)}' is not allowed; allowed: {string.Join(", ", options.AllowedFileExtensions)}.");
            }
        }

        return null;
    }
}
