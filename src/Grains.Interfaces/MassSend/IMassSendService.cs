using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.MassSend;

/// <summary>
/// Mass sends for authorities: commit a job with its whole recipient list, read its progress and
/// receipts, recall it before delivery starts. Every call is scoped to the authority: another
/// authority's job is "not found".
/// </summary>
public interface IMassSendService
{
    /// <summary>
    /// Commits the job and every line of <paramref name="lines"/> (streamed, never buffered whole)
    /// before returning. The same authority and idempotency key again returns the first job with
    /// <see cref="MassSendSubmitResult.Duplicate"/> and reads no lines. A bad template or line throws
    /// <see cref="MassSendInputException"/> and nothing is stored.
    /// </summary>
    Task<MassSendSubmitResult> SubmitAsync(MassSendSubmission submission, IAsyncEnumerable<MassSendLine> lines, CancellationToken cancellationToken = default);

    /// <summary>The job's status, or null when the authority has no such job.</summary>
    Task<MassSendJobStatus?> GetAsync(AuthorityId authority, Guid jobId, CancellationToken cancellationToken = default);

    /// <summary>The authority's jobs, newest first, after the job <paramref name="after"/> (keyset paging).</summary>
    Task<IReadOnlyList<MassSendJobStatus>> ListAsync(AuthorityId authority, int first, Guid? after, CancellationToken cancellationToken = default);

    /// <summary>Recalls a scheduled or queued job.</summary>
    Task<MassSendRecallOutcome> RecallAsync(AuthorityId authority, Guid jobId, CancellationToken cancellationToken = default);

    /// <summary>The job's receipts in list order (streamed), or null when the authority has no such job.</summary>
    Task<IAsyncEnumerable<MassSendReceipt>?> ReadReceiptsAsync(AuthorityId authority, Guid jobId, CancellationToken cancellationToken = default);

    /// <summary>
    /// A page of the job's receipts after the receipt whose cursor is <paramref name="after"/> (from
    /// the start when null), or null when the authority has no such job.
    /// </summary>
    Task<MassSendReceiptPage?> ListReceiptsAsync(AuthorityId authority, Guid jobId, int first, string? after, CancellationToken cancellationToken = default);

    /// <summary>Receipt counts by status and reason, or null when the authority has no such job.</summary>
    Task<IReadOnlyList<MassSendReceiptCount>?> CountReceiptsAsync(AuthorityId authority, Guid jobId, CancellationToken cancellationToken = default);
}
