namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// Every limit the MeMo reader enforces. Defaults follow the MeMo 1.2 schema where it states a
/// limit and are otherwise safety caps; docs/memo.md lists them with their reasons.
/// </summary>
public sealed record MeMoReaderOptions
{
    public static MeMoReaderOptions Default { get; } = new();

    /// <summary>Validation errors collected before the reader stops (the result says it truncated).</summary>
    public int MaxErrors { get; init; } = 50;

    /// <summary>MessageHeader/label (the subject).</summary>
    public int MaxLabelLength { get; init; } = 256;

    /// <summary>MessageHeader/notification on DIGITALPOST messages.</summary>
    public int MaxNotificationLength { get; init; } = 150;

    /// <summary>MessageHeader/additionalNotification.</summary>
    public int MaxAdditionalNotificationLength { get; init; } = 256;

    /// <summary>The SMS text of a NEMSMS message (its notification).</summary>
    public int MaxNemSmsTextLength { get; init; } = 150;

    /// <summary>Every other MeMo string field (ids, labels, names, urls, ...): the schema's 256.</summary>
    public int MaxTextLength { get; init; } = 256;

    /// <summary>ForwardData/comment and ReplyData/comment: the schema's 512.</summary>
    public int MaxCommentLength { get; init; } = 512;

    /// <summary>File/language: an ISO 639-1 code, 2 characters in the schema.</summary>
    public int MaxLanguageLength { get; init; } = 2;

    /// <summary>ContactInfo elements per ContactPoint (schema: 2).</summary>
    public int MaxContactInfo { get; init; } = 2;

    /// <summary>AdditionalContentData elements in ContentData (schema: 10).</summary>
    public int MaxAdditionalContentData { get; init; } = 10;

    /// <summary>AdditionalReplyData elements per ReplyData (schema: 4).</summary>
    public int MaxAdditionalReplyData { get; init; } = 4;

    /// <summary>Decoded bytes of one file's content (100 MiB; the delivery limits proper live in the grains).</summary>
    public long MaxContentBytesPerFile { get; init; } = 100L * 1024 * 1024;

    /// <summary>Decoded bytes of all files of one message together.</summary>
    public long MaxTotalContentBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Characters in the whole XML document (base64 included); 0 = unlimited.</summary>
    public long MaxDocumentCharacters { get; init; } = 150L * 1024 * 1024;

    /// <summary>What to do with a MeMo-namespace element the reader does not know.</summary>
    public MeMoUnknownElementHandling UnknownMeMoElements { get; init; } = MeMoUnknownElementHandling.Keep;
}
