namespace DigitalPost.GraphQLGateway.MailboxActions;

/// <summary>
/// Limits of file uploads (section <c>Gateway:Uploads</c>): files sent inline with a GraphQL multipart request on
/// <c>POST /graphql</c> and files stored ahead with <c>POST /graphql/uploads</c>. Sizes are bytes. The grains still
/// enforce the per-message limits of the contact point (10 MB, raised to at most 40/60 MB) and the file types.
/// </summary>
public sealed class UploadOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway:Uploads";

    private const long MiB = 1024 * 1024;

    /// <summary>
    /// Largest request body of a multipart request (either endpoint), files and form fields together. A larger
    /// declared <c>Content-Length</c> is refused (413, <c>LIMIT_EXCEEDED</c>) before anything is read; a chunked body
    /// is refused as soon as it passes the limit. Default 61 MiB: the highest per-message limit to an authority
    /// (60 MB for citizens) plus room for the multipart framing and the operation.
    /// </summary>
    public long MaxRequestBytes { get; set; } = 61 * MiB;

    /// <summary>Largest single file. Default 60 MiB (the highest limit a contact point may raise a message to).</summary>
    public long MaxFileBytes { get; set; } = 60 * MiB;

    /// <summary>Most files in one request. Default 11 (a message's main document plus 10 attachments).</summary>
    public int MaxFilesPerRequest { get; set; } = 11;

    /// <summary>Largest <c>operations</c> or <c>map</c> form field of a GraphQL multipart request. Default 1 MiB.</summary>
    public int MaxFormFieldBytes { get; set; } = 1024 * 1024;

    /// <summary>Most uploads (<c>POST /graphql/uploads</c>) one viewer may hold at a time. Default 20.</summary>
    public int MaxFilesPerViewer { get; set; } = 20;

    /// <summary>Most bytes of uploads one viewer may hold at a time. Default 120 MiB.</summary>
    public long MaxBytesPerViewer { get; set; } = 120 * MiB;

    /// <summary>How long a stored upload stays usable. Default 1 hour.</summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often expired uploads are deleted from disk. Default 5 minutes.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Where files are written while they wait (deleted after the request, or when a stored upload is used or
    /// expires). Empty (default): a folder <c>digitalpost-uploads-&lt;process id&gt;</c> under the system's temp folder.
    /// </summary>
    public string Directory { get; set; } = string.Empty;
}
