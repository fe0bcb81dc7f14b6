using DigitalPost.Grains.Interfaces.Receipts;
using Npgsql;

namespace DigitalPost.Grains.MassSend;

/// <summary>
/// A job's receipts read from <c>mailbox_receipts</c> alone, without its recipient list (which the retention sweep
/// deletes; docs/mass-send.md, "Retention"). Every messageUUID of a job starts with the same 48 bits (a hash of the job
/// id), then version 8 with the slice, then the recipient's first line (<see cref="MassSendMessageIds"/>), so the job's
/// receipts are one contiguous range of the index <c>mailbox_receipts_message (sender_id, message_uuid)</c>, read in
/// list order (slice, first line) with no sort, one delivery receipt per letter. A recipient listed twice has one letter, hence
/// one receipt, at its first line's place. Another receipt of the sender falls in the range only if its messageUUID
/// shares those 48 bits and the version 8 nibble (a chance of 2^-52 per letter; the sender chooses the messageUUIDs of
/// its single letters, so it could only confuse its own view).
/// </summary>
internal static class MassSendJobReceipts
{
    /// <summary>
    /// The columns of a receipt row: messageUUID, recipient mailbox, status, reason, detail, time. Each letter's delivery
    /// receipt (RECEIVED, INVALID or NOT_ALLOWED: the pipeline writes exactly one), not the COMPLETED a served legal notice
    /// gets later (the old reader's "first receipt of the letter" was the same one); ordered by the index alone, no sort.
    /// </summary>
    private const string Columns =
        "SELECT m.message_uuid, m.recipient_id, m.status, m.reason_code, m.detail, m.created_at FROM mailbox_receipts m WHERE m.sender_id = $1 ";

    /// <summary>Every delivery receipt of the job (parameters: sender, first, last, COMPLETED).</summary>
    public const string All = Columns + "AND m.message_uuid BETWEEN $2 AND $3 AND m.status <> $4 ORDER BY m.message_uuid";

    /// <summary>
    /// Planner settings of the streamed <see cref="All"/> (SET LOCAL, in its own transaction): a job can be a large part of
    /// the sender's receipts, and the planner then prefers a scan and a sort of millions of rows on disk (measured: 1,000,000
    /// of 2,700,000 receipts, parallel seq scan and an external merge sort) to the index's own order.
    /// </summary>
    public const string StreamSettings =
        "SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_sort = off";

    /// <summary>A page from the start (parameters: sender, first, last, COMPLETED, limit).</summary>
    public const string FirstPage = Columns + "AND m.message_uuid BETWEEN $2 AND $3 AND m.status <> $4 ORDER BY m.message_uuid LIMIT $5";

    /// <summary>A page after a letter (parameters: sender, after, last, COMPLETED, limit).</summary>
    public const string PageAfter = Columns + "AND m.message_uuid > $2 AND m.message_uuid <= $3 AND m.status <> $4 ORDER BY m.message_uuid LIMIT $5";

    /// <summary>Receipts by status and reason (parameters: sender, first, last): every receipt of the job's letters.</summary>
    public const string Counts =
        "SELECT m.status, m.reason_code, count(*) FROM mailbox_receipts m WHERE m.sender_id = $1 AND m.message_uuid BETWEEN $2 AND $3 " +
        "GROUP BY m.status, m.reason_code ORDER BY m.status, m.reason_code";

    /// <summary>
    /// Whether the job's list carries messageUUIDs outside its range (parameters: job, first, last): a job uploaded before
    /// the UUIDs had this layout (session 3's SHA-1 hashes). One row tells: a list is uploaded whole by one version. Such
    /// a job's receipts are found only through its list (<see cref="LegacyAll"/>), so the retention sweep keeps it.
    /// </summary>
    public const string ListedOutsideRange =
        "SELECT EXISTS (SELECT 1 FROM (SELECT r.message_uuid FROM mass_send_recipients r WHERE r.job_id = $1 LIMIT 1) x WHERE x.message_uuid NOT BETWEEN $2 AND $3)";

    private const string LegacyColumns =
        "SELECT r.slice, r.ordinal, x.message_uuid, r.recipient, x.status, x.reason_code, x.detail, x.created_at FROM mass_send_recipients r " +
        "JOIN LATERAL (SELECT message_uuid, status, reason_code, detail, created_at FROM mailbox_receipts m WHERE m.sender_id = $2 AND m.message_uuid = r.message_uuid " +
        "ORDER BY m.receipt_id LIMIT 1) x ON true WHERE r.job_id = $1 ";

    /// <summary>A legacy job's receipts through its list, one per line in (slice, line) order (parameters: job, sender).</summary>
    public const string LegacyAll = LegacyColumns + "ORDER BY r.slice, r.ordinal";

    /// <summary>A page of a legacy job's receipts after (slice, line) (parameters: job, sender, slice, line, limit).</summary>
    public const string LegacyPage = LegacyColumns + "AND (r.slice, r.ordinal) > ($3, $4) ORDER BY r.slice, r.ordinal LIMIT $5";

    /// <summary>A legacy job's receipts by status and reason (parameters: job, sender).</summary>
    public const string LegacyCounts =
        "SELECT m.status, m.reason_code, count(*) FROM mass_send_recipients r JOIN mailbox_receipts m ON m.sender_id = $2 AND m.message_uuid = r.message_uuid " +
        "WHERE r.job_id = $1 GROUP BY m.status, m.reason_code ORDER BY m.status, m.reason_code";

    /// <summary>The lowest messageUUID job <paramref name="jobId"/> can have (slice 0, line 0).</summary>
    public static Guid First(Guid jobId) => MassSendMessageIds.For(jobId, 0, 0);

    /// <summary>The highest messageUUID job <paramref name="jobId"/> can have (the last slice, the last line).</summary>
    public static Guid Last(Guid jobId) => MassSendMessageIds.For(jobId, MassSendMessageIds.MaxSlices - 1, MassSendMessageIds.MaxLine);

    /// <summary>A receipt row of <see cref="All"/>, <see cref="FirstPage"/> or <see cref="PageAfter"/>, its columns in order (the stream reads sequentially).</summary>
    public static Interfaces.MassSend.MassSendReceipt Read(NpgsqlDataReader reader)
    {
        var messageUuid = reader.GetGuid(0);
        var recipient = RecipientOf(reader.GetString(1));
        var status = (ReceiptStatus)reader.GetInt16(2);
        var reason = reader.IsDBNull(3) ? null : reader.GetString(3);
        var detail = reader.IsDBNull(4) ? null : reader.GetString(4);
        return new(recipient, messageUuid, status, reason, detail, reader.GetFieldValue<DateTimeOffset>(5));
    }

    /// <summary>A row of <see cref="LegacyAll"/> or <see cref="LegacyPage"/>, its columns in order: the cursor (slice, line) and the receipt.</summary>
    public static (string Cursor, Interfaces.MassSend.MassSendReceipt Receipt) ReadLegacy(NpgsqlDataReader reader)
    {
        var cursor = MassSendReceiptCursor.Format(reader.GetInt32(0), reader.GetInt64(1));
        var messageUuid = reader.GetGuid(2);
        var recipient = reader.GetString(3);
        var status = (ReceiptStatus)reader.GetInt16(4);
        var reason = reader.IsDBNull(5) ? null : reader.GetString(5);
        var detail = reader.IsDBNull(6) ? null : reader.GetString(6);
        return (cursor, new(recipient, messageUuid, status, reason, detail, reader.GetFieldValue<DateTimeOffset>(7)));
    }

    /// <summary>The recipient as listed (CPR or CVR digits) from its mailbox id (<c>cpr:…</c>, <c>cvr:…</c>; <see cref="MassSendRecipients.MailboxOf"/>).</summary>
    public static string RecipientOf(string mailboxId) => mailboxId[(mailboxId.IndexOf(':', StringComparison.Ordinal) + 1)..];
}
