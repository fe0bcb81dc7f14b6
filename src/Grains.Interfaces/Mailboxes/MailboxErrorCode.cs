namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>Why a mailbox action was refused.</summary>
public enum MailboxErrorCode
{
    NotAuthorised,
    MessageNotFound,
    FolderNotFound,
    InvalidFolder,
    ReplyNotAllowed,
    ReplyDeadlinePassed,
    AttachmentTooLarge,
    TooManyAttachments,
    FileTypeNotAllowed,
    RecipientNotReachable,
    MailboxClosed,
    InvalidRequest,
    NotExempt,
    GrantNotFound,
}
