using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.MassSend.Scheduling;
using DigitalPost.Runtime.Placement;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace DigitalPost.Grains.MassSend;

/// <summary>
/// Runs due jobs: claims one (Scheduled whose time came, Queued, or Running after a restart), then
/// works its unfinished slices that this silo owns (a slice belongs to the owner of its first
/// partition), <see cref="MassSendOptions.EffectiveParallelism"/> at a time, and completes the job
/// when every slice is done. Everything it knows lives in PostgreSQL, so a restarted silo resumes
/// where the last committed batch left each slice. The workers run under a <see cref="MassSendThrottle"/>
/// (the governor: interactive requests come first) on their own connections (<see cref="MassSendConnections"/>),
/// their CPU work on low-priority threads (<see cref="LowPriorityScheduler"/>).
/// </summary>
public sealed partial class MassSendProcessor(
    MassSendContext context,
    IPartitionDirectory directory,
    MassSendConnections connections,
    MassSendGovernor governor,
    IInteractiveLatencySource latency,
    LowPriorityScheduler cpu,
    ILogger<MassSendProcessor> logger)
{
    /// <summary>Runs every job that is due now to the end; returns how many jobs completed.</summary>
    public async Task<int> RunDueJobsAsync(CancellationToken cancellationToken = default)
    {
        var completed = 0;
        var tried = new List<Guid>();
        while (await ClaimAsync(tried, cancellationToken).ConfigureAwait(false) is { } job)
        {
            tried.Add(job.JobId);
            if (await RunJobAsync(job, cancellationToken).ConfigureAwait(false))
            {
                completed++;
            }
        }

        return completed;
    }

    private async Task<bool> RunJobAsync(MassSendJob job, CancellationToken cancellationToken)
    {
        var slices = await PendingSlicesAsync(job, cancellationToken).ConfigureAwait(false);
        LogJobStarted(logger, job.JobId, slices.Count);
        var throttle = new MassSendThrottle(context.Options, governor, latency, context.Time, logger);
        using (var governing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var ticking = throttle.RunAsync(governing.Token);
            try
            {
                await Parallel.ForEachAsync(
                    slices,
                    new ParallelOptions { MaxDegreeOfParallelism = context.Options.EffectiveParallelism, CancellationToken = cancellationToken },
                    async (slice, token) => await new MassSendSliceWorker(context, job, slice, connections, throttle, cpu).RunAsync(token).ConfigureAwait(false)).ConfigureAwait(false);
            }
            finally
            {
                await governing.CancelAsync().ConfigureAwait(false);
                await ticking.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        var rows = await context.Database.QueryAsync(
            "UPDATE mass_send_jobs SET status = $2, completed_at = $3 WHERE job_id = $1 AND status = $4 " +
            "AND NOT EXISTS (SELECT 1 FROM mass_send_slices WHERE job_id = $1 AND NOT done) RETURNING job_id",
            r => r.GetGuid(0),
            [
                new NpgsqlParameter { Value = job.JobId, NpgsqlDbType = NpgsqlDbType.Uuid },
                new NpgsqlParameter { Value = (short)MassSendStatus.Completed, NpgsqlDbType = NpgsqlDbType.Smallint },
                new NpgsqlParameter { Value = context.Time.GetUtcNow().ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz },
                new NpgsqlParameter { Value = (short)MassSendStatus.Running, NpgsqlDbType = NpgsqlDbType.Smallint },
            ],
            cancellationToken).ConfigureAwait(false);
        if (rows.Count == 1)
        {
            LogJobCompleted(logger, job.JobId);
        }

        return rows.Count == 1;
    }

    private async Task<List<int>> PendingSlicesAsync(MassSendJob job, CancellationToken cancellationToken)
    {
        var pending = await context.Database.QueryAsync(
            "SELECT slice FROM mass_send_slices WHERE job_id = $1 AND NOT done ORDER BY slice",
            r => r.GetInt32(0),
            [new NpgsqlParameter { Value = job.JobId, NpgsqlDbType = NpgsqlDbType.Uuid }],
            cancellationToken).ConfigureAwait(false);
        var partitions = context.PartitionCount;
        return [.. pending.Where(slice => directory.IsOwnedLocally((int)((((long)slice * partitions) + job.SliceCount - 1) / job.SliceCount)))];
    }

    /// <summary>Moves the next due job to Running (one statement, so a recall cannot slip in between) and loads it.</summary>
    private async Task<MassSendJob?> ClaimAsync(List<Guid> skip, CancellationToken cancellationToken)
    {
        var rows = await context.Database.QueryAsync(
            "UPDATE mass_send_jobs j SET status = $2, started_at = COALESCE(j.started_at, $1) FROM (" +
            "SELECT job_id FROM mass_send_jobs WHERE status IN ($3, $4, $2) AND scheduled_for <= $1 AND job_id <> ALL($5) " +
            "ORDER BY scheduled_for, created_at LIMIT 1 FOR UPDATE SKIP LOCKED) due WHERE j.job_id = due.job_id " +
            "RETURNING j.job_id, j.sender_id, j.authority_id, j.kind, j.template, j.slice_count",
            r => (Id: r.GetGuid(0), Sender: r.GetString(1), Authority: r.GetString(2), Kind: (MassSendKind)r.GetInt16(3),
                Template: r.IsDBNull(4) ? null : r.GetFieldValue<byte[]>(4), Slices: r.GetInt32(5)),
            [
                new NpgsqlParameter { Value = context.Time.GetUtcNow().ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz },
                new NpgsqlParameter { Value = (short)MassSendStatus.Running, NpgsqlDbType = NpgsqlDbType.Smallint },
                new NpgsqlParameter { Value = (short)MassSendStatus.Scheduled, NpgsqlDbType = NpgsqlDbType.Smallint },
                new NpgsqlParameter { Value = (short)MassSendStatus.Queued, NpgsqlDbType = NpgsqlDbType.Smallint },
                new NpgsqlParameter { Value = skip.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid },
            ],
            cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return null;
        }

        var row = rows[0];
        MassSendLetter? template = null;
        if (row.Kind == MassSendKind.Template)
        {
            var (message, problem) = MassSendLetter.Read(row.Template, context.Mailboxes.Options);
            template = MassSendLetter.From(message ?? throw new InvalidOperationException($"Mass send {row.Id}: the stored template no longer reads: {problem}"));
        }

        return new MassSendJob(row.Id, row.Sender, row.Authority, row.Kind, template, row.Slices);
    }

    [LoggerMessage(EventId = 6500, Level = LogLevel.Information, Message = "Mass send {JobId}: delivering {Slices} slices")]
    private static partial void LogJobStarted(ILogger logger, Guid jobId, int slices);

    [LoggerMessage(EventId = 6501, Level = LogLevel.Information, Message = "Mass send {JobId}: completed")]
    private static partial void LogJobCompleted(ILogger logger, Guid jobId);
}
