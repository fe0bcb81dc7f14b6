using DigitalPost.Grains.Interfaces.MassSend;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace DigitalPost.Grains.MassSend.Retention;

/// <summary>
/// Deletes the recipient list (<c>mass_send_recipients</c>) of every job that has been <c>Completed</c> or
/// <c>Recalled</c> for <see cref="MassSendRetentionOptions.RetainFor"/>, and records on the job when
/// (<c>recipients_purged_at</c>). Nothing of a finished job reads its list: its receipts are read from the receipt
/// index by the job's messageUUID range (<see cref="MassSendJobReceipts"/>) and its counters are its slices'. A job
/// still Scheduled, Queued or Running is never touched: each delete checks the job's status in its own statement.
/// <para>
/// Bounded transactions: each delete statement (its own transaction) takes one key range of at most
/// <see cref="MassSendRetentionOptions.RowsPerTransaction"/> rows in list order (slice, line), from the end of the previous
/// range to the key found that many entries further on, so no transaction holds 6,000,000 row locks or writes all of a
/// job's WAL, and no statement walks the index entries an earlier one left dead. A sweep that stops part way (a
/// crash, a shutdown) leaves the job unmarked; the next sweep deletes the rest. Two silos sweeping at once delete each
/// row once and mark the job once. A job uploaded before the messageUUID layout of <see cref="MassSendMessageIds"/>
/// keeps its list: its receipts can be found only through it. Runs on a session of its own at a lower CPU priority
/// (<see cref="MassSendRetentionConnections"/>), with a pause between transactions.
/// </para>
/// </summary>
public sealed partial class MassSendRetention(
    MassSendRetentionConnections connections,
    TimeProvider time,
    IOptions<MassSendRetentionOptions> options,
    ILogger<MassSendRetention> logger)
{
    private const string DueJobs =
        "SELECT job_id, status, COALESCE(completed_at, recalled_at) FROM mass_send_jobs " +
        "WHERE status IN ($2, $3) AND recipients_purged_at IS NULL AND COALESCE(completed_at, recalled_at) <= $1 " +
        "ORDER BY COALESCE(completed_at, recalled_at), job_id";

    // The key of the RowsPerTransaction-th row after ($2, $3) (an index-only scan of that many entries); none when fewer remain.
    private const string NextBound =
        "SELECT slice, ordinal FROM mass_send_recipients WHERE job_id = $1 AND (slice, ordinal) > ($2, $3) ORDER BY slice, ordinal OFFSET $4 LIMIT 1";

    // The rows in the key range (($2, $3), ($4, $5)], only while the job is finished: one index range scan, at most
    // RowsPerTransaction rows (a join of the chosen keys back to the table was planned as a hash join over a
    // sequential scan of the whole table, per transaction).
    private const string DeleteRange =
        "DELETE FROM mass_send_recipients r WHERE r.job_id = $1 AND (r.slice, r.ordinal) > ($2, $3) AND (r.slice, r.ordinal) <= ($4, $5) " +
        "AND EXISTS (SELECT 1 FROM mass_send_jobs j WHERE j.job_id = $1 AND j.status IN ($6, $7))";

    private const string Mark =
        "UPDATE mass_send_jobs SET recipients_purged_at = $2 WHERE job_id = $1 AND status IN ($3, $4) AND recipients_purged_at IS NULL";

    /// <summary>
    /// One sweep: purges every job finished at least <see cref="MassSendRetentionOptions.RetainFor"/> ago (by the injected
    /// clock), oldest first, and returns what it did.
    /// </summary>
    public async Task<IReadOnlyList<MassSendPurge>> SweepAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        settings.Validate();
        var cutoff = time.GetUtcNow() - settings.RetainFor;
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var due = new List<(Guid JobId, MassSendStatus Status, DateTimeOffset FinishedAt)>();
        await using (var command = new NpgsqlCommand(DueJobs, connection))
        {
            command.Parameters.Add(new() { Value = cutoff.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
            AddFinished(command.Parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                due.Add((reader.GetGuid(0), (MassSendStatus)reader.GetInt16(1), reader.GetFieldValue<DateTimeOffset>(2)));
            }
        }

        var purged = new List<MassSendPurge>(due.Count);
        foreach (var (jobId, status, finishedAt) in due)
        {
            if (await IsLegacyAsync(connection, jobId, cancellationToken).ConfigureAwait(false))
            {
                // Its receipts are found only through its list (MassSendJobReceipts.ListedOutsideRange): kept.
                LogLegacyKept(logger, jobId);
                continue;
            }

            if (await PurgeAsync(connection, jobId, settings, cancellationToken).ConfigureAwait(false) is var (transactions, purgedAt))
            {
                var purge = new MassSendPurge(jobId, status, finishedAt, transactions, purgedAt);
                LogPurged(logger, jobId, status, finishedAt, purge.Rows, transactions.Count);
                purged.Add(purge);
            }
        }

        return purged;
    }

    /// <summary>Deletes the job's rows batch after batch and marks it; null when the job was not finished after all (or another sweep marked it).</summary>
    private async Task<(List<long> Transactions, DateTimeOffset PurgedAt)?> PurgeAsync(NpgsqlConnection connection, Guid jobId, MassSendRetentionOptions settings, CancellationToken cancellationToken)
    {
        var transactions = new List<long>();
        var (slice, ordinal) = (-1, -1L);
        while (true)
        {
            (int Slice, long Ordinal)? bound = null;
            await using (var next = new NpgsqlCommand(NextBound, connection))
            {
                next.CommandTimeout = (int)settings.CommandTimeout.TotalSeconds;
                AddKey(next.Parameters, jobId, slice, ordinal);
                next.Parameters.Add(new() { Value = settings.RowsPerTransaction - 1, NpgsqlDbType = NpgsqlDbType.Integer });
                await using var reader = await next.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    bound = (reader.GetInt32(0), reader.GetInt64(1));
                }
            }

            // Without a bound fewer than RowsPerTransaction rows remain: this transaction takes the rest.
            var (toSlice, toOrdinal) = bound ?? (int.MaxValue, long.MaxValue);
            long deleted;
            await using (var delete = new NpgsqlCommand(DeleteRange, connection))
            {
                delete.CommandTimeout = (int)settings.CommandTimeout.TotalSeconds;
                AddKey(delete.Parameters, jobId, slice, ordinal);
                delete.Parameters.Add(new() { Value = toSlice, NpgsqlDbType = NpgsqlDbType.Integer });
                delete.Parameters.Add(new() { Value = toOrdinal, NpgsqlDbType = NpgsqlDbType.Bigint });
                AddFinished(delete.Parameters);
                deleted = await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (deleted > 0)
            {
                transactions.Add(deleted);
            }

            if (bound is null)
            {
                break;
            }

            (slice, ordinal) = (toSlice, toOrdinal);
            if (settings.PauseBetweenTransactions > TimeSpan.Zero)
            {
                await Task.Delay(settings.PauseBetweenTransactions, time, cancellationToken).ConfigureAwait(false);
            }
        }

        var purgedAt = time.GetUtcNow();
        await using var mark = new NpgsqlCommand(Mark, connection);
        mark.Parameters.Add(new() { Value = jobId, NpgsqlDbType = NpgsqlDbType.Uuid });
        mark.Parameters.Add(new() { Value = purgedAt.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        AddFinished(mark.Parameters);
        return await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1 ? (transactions, purgedAt) : null;
    }

    private static async Task<bool> IsLegacyAsync(NpgsqlConnection connection, Guid jobId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(MassSendJobReceipts.ListedOutsideRange, connection);
        command.Parameters.Add(new() { Value = jobId, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new() { Value = MassSendJobReceipts.First(jobId), NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new() { Value = MassSendJobReceipts.Last(jobId), NpgsqlDbType = NpgsqlDbType.Uuid });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static void AddKey(NpgsqlParameterCollection parameters, Guid jobId, int slice, long ordinal)
    {
        parameters.Add(new() { Value = jobId, NpgsqlDbType = NpgsqlDbType.Uuid });
        parameters.Add(new() { Value = slice, NpgsqlDbType = NpgsqlDbType.Integer });
        parameters.Add(new() { Value = ordinal, NpgsqlDbType = NpgsqlDbType.Bigint });
    }

    private static void AddFinished(NpgsqlParameterCollection parameters)
    {
        parameters.Add(new() { Value = (short)MassSendStatus.Completed, NpgsqlDbType = NpgsqlDbType.Smallint });
        parameters.Add(new() { Value = (short)MassSendStatus.Recalled, NpgsqlDbType = NpgsqlDbType.Smallint });
    }

    [LoggerMessage(EventId = 6530, Level = LogLevel.Information,
        Message = "Mass send {JobId} ({Status} at {FinishedAt:o}): recipient list purged, {Rows} rows in {Transactions} transactions")]
    private static partial void LogPurged(ILogger logger, Guid jobId, MassSendStatus status, DateTimeOffset finishedAt, long rows, int transactions);

    [LoggerMessage(EventId = 6532, Level = LogLevel.Debug,
        Message = "Mass send {JobId}: recipient list kept past its retention; its messageUUIDs predate the layout its receipts are read by without it")]
    private static partial void LogLegacyKept(ILogger logger, Guid jobId);
}
