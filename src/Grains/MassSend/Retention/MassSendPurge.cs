using DigitalPost.Grains.Interfaces.MassSend;

namespace DigitalPost.Grains.MassSend.Retention;

/// <summary>
/// One job whose recipient list a sweep deleted: its status (<c>Completed</c> or <c>Recalled</c>), when it finished,
/// the rows deleted by each transaction (each at most <see cref="MassSendRetentionOptions.RowsPerTransaction"/>; an
/// empty list when another sweep had deleted them) and the time recorded on the job.
/// </summary>
public sealed record MassSendPurge(Guid JobId, MassSendStatus Status, DateTimeOffset FinishedAt, IReadOnlyList<long> RowsPerTransaction, DateTimeOffset PurgedAt)
{
    /// <summary>The rows this sweep deleted.</summary>
    public long Rows => RowsPerTransaction.Sum();
}
