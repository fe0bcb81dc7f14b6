namespace DigitalPost.GraphQLGateway.MailboxActions;

/// <summary>
/// Input limits of the mailbox mutations (section <c>Gateway:Mutations</c>), checked before any grain is called so
/// a client gets an error naming the field. The grains keep their own rules (folder names, subjects, file limits).
/// </summary>
public sealed class MutationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway:Mutations";

    /// <summary>Longest folder name. Default 100 (the mailbox's own limit).</summary>
    public int MaxFolderNameLength { get; set; } = 100;

    /// <summary>Longest subject of a new message. Default 256 (the MeMo label's limit in the grains).</summary>
    public int MaxSubjectLength { get; set; } = 256;

    /// <summary>Longest body of a reply or a new message, in characters. Default 100,000.</summary>
    public int MaxBodyLength { get; set; } = 100_000;

    /// <summary>Longest comment of a forward. Default 512 (what MeMo ForwardData keeps).</summary>
    public int MaxCommentLength { get; set; } = 512;

    /// <summary>Most attachments of a reply or a new message. Default 10.</summary>
    public int MaxAttachments { get; set; } = 10;

    /// <summary>Longest contact point or category id. Default 200.</summary>
    public int MaxIdentifierLength { get; set; } = 200;
}
