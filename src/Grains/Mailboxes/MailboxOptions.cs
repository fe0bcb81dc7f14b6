namespace DigitalPost.Grains.Mailboxes;

/// <summary>
/// Limits and retention of the mailbox grains (configuration section <c>Mailboxes</c>). Defaults
/// follow the real Digital Post; docs/domain.md lists each with its source.
/// </summary>
public sealed class MailboxOptions
{
    private const long MiB = 1024 * 1024;

    /// <summary>Largest message (all files, decoded) an authority or company may send: 99.5 MB.</summary>
    public long MaxSenderMessageBytes { get; set; } = 199 * MiB / 2;

    /// <summary>Most attachments (files beyond the main document's first) in a message to a recipient.</summary>
    public int MaxSenderAttachments { get; set; } = 10;

    /// <summary>Largest message from a citizen or business to an authority, unless the contact point raises it.</summary>
    public long MaxToAuthorityBytes { get; set; } = 10 * MiB;

    /// <summary>Highest limit a contact point may raise citizens' messages to.</summary>
    public long MaxToAuthorityBytesCitizenCeiling { get; set; } = 60 * MiB;

    /// <summary>Highest limit a contact point may raise businesses' messages to.</summary>
    public long MaxToAuthorityBytesBusinessCeiling { get; set; } = 40 * MiB;

    /// <summary>Allowed file types, by file name extension (lower case, without the dot).</summary>
    public IList<string> AllowedFileExtensions { get; } =
    [
        "pdf", "txt", "rtf", "htm", "html", "xml", "csv", "ics",
        "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp",
        "jpg", "jpeg", "png", "gif", "tif", "tiff", "bmp",
        "msg", "eml",
    ];

    /// <summary>Senders whose public post reaches an exempt person digitally all the same (sender ids).</summary>
    public IList<string> ExemptionExceptionSenders { get; } = ["uddannelses-og-forskningsstyrelsen"];

    /// <summary>How long deleted messages stay restorable.</summary>
    public TimeSpan DeletedRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a deceased person's mailbox content is kept.</summary>
    public TimeSpan DeceasedRetention { get; set; } = TimeSpan.FromDays(5 * 365 + 1);

    /// <summary>How far back unopened post is forwarded to print when an exemption asks for it.</summary>
    public TimeSpan ExemptionForwardWindow { get; set; } = TimeSpan.FromDays(183);

    /// <summary>Largest page of a message listing.</summary>
    public int MaxPageSize { get; set; } = 200;

    /// <summary>
    /// Message pages an active mailbox grain keeps in memory (with its unread count) so repeated listings skip
    /// PostgreSQL; 0 turns the inbox cache off (docs/gateway.md, "Performance").
    /// </summary>
    public int InboxCachePages { get; set; } = 4;

    /// <summary>Most user folders per mailbox.</summary>
    public int MaxUserFolders { get; set; } = 200;

    /// <summary>Longest folder name.</summary>
    public int MaxFolderNameLength { get; set; } = 100;

    /// <summary>The time zone of the Danish calendar date (doNotDeliverUntilDate, ages).</summary>
    public string CalendarTimeZone { get; set; } = "Europe/Copenhagen";
}
