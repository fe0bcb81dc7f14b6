using DigitalPost.Grains.Interfaces.MassSend;
using Npgsql;

namespace DigitalPost.Grains.MassSend;

/// <summary>Reads <see cref="MassSendJobStatus"/> rows: the job joined with the sums of its slices' counters.</summary>
internal static class MassSendJobRow
{
    public const string Select =
        "SELECT j.job_id, j.authority_id, j.kind, j.status, j.recipients, " +
        "COALESCE(s.processed, 0), COALESCE(s.delivered, 0), COALESCE(s.printed, 0), COALESCE(s.held, 0), COALESCE(s.refused, 0), COALESCE(s.invalid, 0), " +
        "j.created_at, j.started_at, j.completed_at, j.scheduled_for, j.do_not_deliver_until " +
        "FROM mass_send_jobs j LEFT JOIN LATERAL (SELECT sum(processed)::bigint AS processed, sum(delivered)::bigint AS delivered, sum(printed)::bigint AS printed, " +
        "sum(held)::bigint AS held, sum(refused)::bigint AS refused, sum(invalid)::bigint AS invalid FROM mass_send_slices x WHERE x.job_id = j.job_id) s ON true ";

    public static MassSendJobStatus Read(NpgsqlDataReader r)
    {
        var scheduledFor = r.GetFieldValue<DateTimeOffset>(14);
        return new MassSendJobStatus(
            r.GetGuid(0),
            r.GetString(1),
            (MassSendKind)r.GetInt16(2),
            (MassSendStatus)r.GetInt16(3),
            r.GetInt64(4),
            r.GetInt64(5),
            r.GetInt64(6),
            r.GetInt64(7),
            r.GetInt64(8),
            r.GetInt64(9),
            r.GetInt64(10),
            r.GetFieldValue<DateTimeOffset>(11),
            r.IsDBNull(12) ? null : r.GetFieldValue<DateTimeOffset>(12),
            r.IsDBNull(13) ? null : r.GetFieldValue<DateTimeOffset>(13),
            // Only a job with a doNotDeliverUntilDate is scheduled for a later time than its creation.
            r.IsDBNull(15) ? null : scheduledFor);
    }
}
