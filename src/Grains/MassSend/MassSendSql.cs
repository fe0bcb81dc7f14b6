using DigitalPost.Grains.Messages;

namespace DigitalPost.Grains.MassSend;

/// <summary>The statements of a delivery batch (see docs/mass-send.md, "Pipeline").</summary>
internal static class MassSendSql
{
    /// <summary>Session staging tables: not WAL-logged, emptied at every commit.</summary>
    public const string CreateStage =
        "CREATE TEMP TABLE IF NOT EXISTS mass_send_stage (mailbox_id text NOT NULL, message_uuid uuid NOT NULL, recipient_id text NOT NULL, id_type text NOT NULL, " +
        "outcome smallint NOT NULL, receipt_status smallint NOT NULL, reason_code text, detail text, address jsonb, content_sha256 bytea, label text, search_text text, " +
        "sender_label text, legal boolean, reply_allowed boolean, reply_by timestamptz, size_bytes bigint, file_count integer) ON COMMIT DELETE ROWS; " +
        "CREATE TEMP TABLE IF NOT EXISTS mass_send_stage_files (mailbox_id text NOT NULL, message_uuid uuid NOT NULL, ordinal integer NOT NULL, document_kind text NOT NULL, " +
        "filename text NOT NULL, encoding_format text NOT NULL, size_bytes bigint NOT NULL) ON COMMIT DELETE ROWS; " +
        "CREATE TEMP TABLE IF NOT EXISTS mass_send_stage_contents (sha256 bytea NOT NULL, data bytea NOT NULL) ON COMMIT DELETE ROWS";

    public const string CopyStage =
        "COPY mass_send_stage (mailbox_id, message_uuid, recipient_id, id_type, outcome, receipt_status, reason_code, detail, address, content_sha256, label, " +
        "search_text, sender_label, legal, reply_allowed, reply_by, size_bytes, file_count) FROM STDIN (FORMAT BINARY)";

    public const string CopyStageFiles =
        "COPY mass_send_stage_files (mailbox_id, message_uuid, ordinal, document_kind, filename, encoding_format, size_bytes) FROM STDIN (FORMAT BINARY)";

    public const string CopyStageContents = "COPY mass_send_stage_contents (sha256, data) FROM STDIN (FORMAT BINARY)";

    /// <summary>
    /// Planner settings of a batch transaction, one SET each. No parallel workers: the batch read otherwise
    /// starts two worker processes per batch (Gather Merge), and with two sessions per core the CPU they would
    /// share is taken. No sequential scans but of the session's stage tables (which have no index): every other
    /// table is reached by primary key per staged row; at 5,000,000 recipients a write statement was seen
    /// scanning a mailbox table's heap for minutes (perf: heapgetpage, HeapTupleSatisfiesVisibility) while the
    /// same statement took 0.3 s in the other sessions. Custom plans: the stage's size differs per batch and
    /// the mailbox tables grow by millions of rows during a job, so a cached generic plan is not reused.
    /// </summary>
    public static readonly string[] BatchSettings =
    [
        "SET LOCAL max_parallel_workers_per_gather = 0",
        "SET LOCAL enable_seqscan = off",
        "SET LOCAL plan_cache_mode = force_custom_plan",
    ];

    /// <summary>Locks the slice's checkpoint for this transaction (a second worker on the same slice waits here).</summary>
    public const string LockSlice = "SELECT next_ordinal, done, written_through FROM mass_send_slices WHERE job_id = $1 AND slice = $2 FOR UPDATE";

    /// <summary>
    /// The next batch of the slice with the registry row and the mailbox profile of each recipient
    /// ($1 job, $2 slice, $3 batch size).
    /// </summary>
    public const string ReadBatch =
        "SELECT r.ordinal, r.recipient, r.message_uuid, r.memo, (p.cpr IS NOT NULL OR c.cvr IS NOT NULL), p.death_date IS NOT NULL, p.residence, " +
        "p.first_names || ' ' || p.last_name, p.street || ' ' || p.house_number, p.postcode, p.city, g.data " +
        "FROM mass_send_recipients r " +
        // The key is NULL for the other kind of line: an equality with NULL never descends the index, where
        // "length(...) = 8 AND c.cvr = r.recipient" probed company for every CPR line and filtered afterwards.
        "LEFT JOIN person p ON p.cpr = (CASE WHEN length(r.recipient) = 10 THEN r.recipient END) " +
        "LEFT JOIN company c ON c.cvr = (CASE WHEN length(r.recipient) = 8 THEN r.recipient END) " +
        // A probe of the profile's key per recipient. As a plain join the planner chose a merge join over
        // every profile in grain_state (27,638 index entries per batch of 5,714 at 1,000,000 recipients:
        // a cost that grows with the population); OFFSET 0 keeps the subquery a per-row probe.
        "LEFT JOIN LATERAL (SELECT g.data FROM grain_state g WHERE g.grain_type = (CASE WHEN length(r.recipient) = 10 THEN 'citizen-mailbox' ELSE 'business-mailbox' END) " +
        "AND g.grain_key = (CASE WHEN length(r.recipient) = 10 THEN 'cpr:' ELSE 'cvr:' END) || r.recipient AND g.state_name = 'profile' OFFSET 0) g ON true " +
        "WHERE r.job_id = $1 AND r.slice = $2 AND r.ordinal >= (SELECT s.next_ordinal FROM mass_send_slices s WHERE s.job_id = $1 AND s.slice = $2) " +
        "ORDER BY r.ordinal LIMIT $3";

    /// <summary>
    /// Writes the staged batch into the mailbox tables and moves the checkpoint, in one statement.
    /// What is new is decided as in the mailbox grain's delivery (<see cref="DeliveryRecords"/>): a
    /// delivered letter's message row is its own record (inserted ON CONFLICT DO NOTHING unless a
    /// record exists), a printed one inserts its record unless a message row exists; print jobs,
    /// receipts and notifications follow only the rows inserted, so a batch retried after a crash
    /// (or a recipient listed twice) delivers once. Refusals are not deliveries (as in the mailbox
    /// grain) and get their receipt only if they have none yet.
    /// Parameters: $1 sender, $2 at, $3 sender kind, $4-$12 the template letter's columns,
    /// $13 job, $14 slice, $15 next ordinal, $16 done, $17 lines in the batch, $18-$21 the template's
    /// files (its content's file rows), $22-$27 notifications, $28 the batch's last line.
    /// </summary>
    public static string WriteBatch(bool personalised) =>
        (personalised
            ? $"WITH c AS ({InsertStagedContents}), "
            : "WITH ") +
        "m AS (INSERT INTO mailbox_messages (mailbox_id, message_uuid, direction, folder_id, sender_id, sender_label, sender_kind, recipient_id, recipient_id_type, " +
        "recipient_label, label, search_text, received_at, unread, legal_notification, reply_allowed, reply_by, private_platform, thread_id, content_sha256, size_bytes, file_count) " +
        "SELECT s.mailbox_id, s.message_uuid, 0, 'inbox', $1, COALESCE(s.sender_label, $6), $3, s.recipient_id, s.id_type, NULL, COALESCE(s.label, $4), " +
        "COALESCE(s.search_text, $5), $2, true, COALESCE(s.legal, $7), COALESCE(s.reply_allowed, $8), CASE WHEN s.content_sha256 IS NULL THEN $9 ELSE s.reply_by END, " +
        "NULL, s.message_uuid, COALESCE(s.content_sha256, $10), COALESCE(s.size_bytes, $11), COALESCE(s.file_count, $12) " +
        $"FROM mass_send_stage s WHERE s.outcome = 0 AND {DeliveryRecords.NoRecord("s.mailbox_id", "s.message_uuid")} ON CONFLICT DO NOTHING RETURNING mailbox_id, message_uuid), " +
        "d AS (INSERT INTO mailbox_deliveries (mailbox_id, message_uuid, sender_id, outcome, receipt_status, reason_code, detail, created_at) " +
        $"SELECT s.mailbox_id, s.message_uuid, $1, s.outcome, s.receipt_status, s.reason_code, s.detail, $2 FROM mass_send_stage s WHERE s.outcome = 1 AND {DeliveryRecords.NoMessage("s.mailbox_id", "s.message_uuid")} " +
        "ON CONFLICT DO NOTHING RETURNING mailbox_id, message_uuid, receipt_status, reason_code, detail), " +
        // File rows belong to the content (stored once per content hash, read through it): a template's
        // were stored with it at upload (re-offered here for jobs uploaded before they existed: once
        // committed, a skipped row costs an index probe per batch); personalised contents bring theirs.
        (personalised
            ? $"cf AS ({InsertStagedContentFiles}), "
            : "cf AS (" + MessageStore.InsertContentFilesSql("$10", "$18", "$19", "$20", "$21") + "), ") +
        "p AS (INSERT INTO mailbox_print_queue (mailbox_id, message_uuid, sender_id, content_sha256, address, reason, queued_at) " +
        "SELECT s.mailbox_id, s.message_uuid, $1, COALESCE(s.content_sha256, $10), s.address, COALESCE(s.detail, 'print'), $2 FROM mass_send_stage s " +
        "JOIN d ON d.mailbox_id = s.mailbox_id AND d.message_uuid = s.message_uuid RETURNING 1), " +
        // A delivered letter's receipt is RECEIVED without reason (as the grain's); a printed one's is its record's.
        "ra AS (INSERT INTO mailbox_receipts (sender_id, message_uuid, recipient_id, status, reason_code, detail, created_at) " +
        "SELECT $1, m.message_uuid, m.mailbox_id, 0, NULL, NULL, $2 FROM m UNION ALL SELECT $1, d.message_uuid, d.mailbox_id, d.receipt_status, d.reason_code, d.detail, $2 FROM d), " +
        "rr AS (INSERT INTO mailbox_receipts (sender_id, message_uuid, recipient_id, status, reason_code, detail, created_at) " +
        "SELECT $1, s.message_uuid, s.mailbox_id, s.receipt_status, s.reason_code, s.detail, $2 FROM mass_send_stage s WHERE s.outcome IN (3, 4) " +
        "AND NOT EXISTS (SELECT 1 FROM mailbox_receipts r WHERE r.sender_id = $1 AND r.message_uuid = s.message_uuid) " +
        $"AND {DeliveryRecords.NeverOffered("s.mailbox_id", "s.message_uuid")} RETURNING status), " +
        "n AS (INSERT INTO mass_send_notifications (notification_id, mailbox_id, delegate_cpr, message_uuid, legal, channels, created_at) " +
        "SELECT u.id, u.mb, u.dc, u.mu, u.lg, u.ch::jsonb, $2 FROM unnest($22::uuid[], $23::text[], $24::text[], $25::uuid[], $26::boolean[], $27::text[]) AS u(id, mb, dc, mu, lg, ch) " +
        "JOIN m ON m.mailbox_id = u.mb AND m.message_uuid = u.mu ON CONFLICT DO NOTHING RETURNING 1), " +
        "cnt AS (SELECT (SELECT count(*) FROM m) AS n_delivered, (SELECT count(*) FROM p) AS n_printed, (SELECT count(*) FROM rr WHERE status = 3) AS n_refused, " +
        "(SELECT count(*) FROM rr WHERE status = 2) AS n_invalid, (SELECT count(*) FROM n) AS n_notified) " +
        "UPDATE mass_send_slices x SET next_ordinal = $15, done = $16, processed = x.processed + $17, delivered = x.delivered + cnt.n_delivered, " +
        "printed = x.printed + cnt.n_printed, refused = x.refused + cnt.n_refused, invalid = x.invalid + cnt.n_invalid, written_through = GREATEST(x.written_through, $28) " +
        "FROM cnt WHERE x.job_id = $13 AND x.slice = $14 RETURNING cnt.n_delivered, cnt.n_printed, cnt.n_refused, cnt.n_invalid, cnt.n_notified";

    /// <summary>Personalised contents of the staged batch, stored once per hash (shared with other jobs and letters).</summary>
    private const string InsertStagedContents =
        "INSERT INTO mailbox_contents (sha256, data, size_bytes) SELECT DISTINCT ON (sha256) sha256, data, length(data) FROM mass_send_stage_contents ORDER BY sha256 ON CONFLICT DO NOTHING";

    /// <summary>The file rows of the staged personalised contents (a content's files are its own, stored once).</summary>
    private const string InsertStagedContentFiles =
        "INSERT INTO mailbox_content_files (content_sha256, ordinal, document_kind, filename, encoding_format, size_bytes) " +
        "SELECT DISTINCT ON (s.content_sha256, sf.ordinal) s.content_sha256, sf.ordinal, sf.document_kind, sf.filename, sf.encoding_format, sf.size_bytes " +
        "FROM mass_send_stage_files sf JOIN mass_send_stage s ON s.mailbox_id = sf.mailbox_id AND s.message_uuid = sf.message_uuid " +
        "ORDER BY s.content_sha256, sf.ordinal ON CONFLICT DO NOTHING";

    /// <summary>The direct path's contents of a personalised batch (<see cref="MassSendDirectWrite"/>), from the stage.</summary>
    public const string WriteStagedContents = $"WITH c AS ({InsertStagedContents}) {InsertStagedContentFiles}";

    /// <summary>The line at the slice's checkpoint (the one a batch of one would read): $1 job, $2 slice.</summary>
    public const string LineAtCheckpoint =
        "SELECT r.ordinal, r.recipient, r.message_uuid, (SELECT count(*) FROM mass_send_dead_letters d WHERE d.job_id = $1 AND d.slice = $2) " +
        "FROM mass_send_recipients r WHERE r.job_id = $1 AND r.slice = $2 AND r.ordinal >= (SELECT s.next_ordinal FROM mass_send_slices s WHERE s.job_id = $1 AND s.slice = $2) " +
        "ORDER BY r.ordinal LIMIT 1";

    /// <summary>
    /// Sets a poison line aside: the dead letter with its error, an INVALID receipt (unless the letter has one), and the
    /// checkpoint past it. $1 job, $2 slice, $3 line, $4 recipient, $5 messageUUID, $6 error, $7 at, $8 sender, $9 mailbox,
    /// $10 status, $11 reason, $12 detail.
    /// </summary>
    public const string DeadLetter =
        "WITH d AS (INSERT INTO mass_send_dead_letters (job_id, slice, ordinal, recipient, message_uuid, error, failed_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING), " +
        "r AS (INSERT INTO mailbox_receipts (sender_id, message_uuid, recipient_id, status, reason_code, detail, created_at) " +
        "SELECT $8, $5, $9, $10, $11, $12, $7 WHERE NOT EXISTS (SELECT 1 FROM mailbox_receipts x WHERE x.sender_id = $8 AND x.message_uuid = $5)) " +
        "UPDATE mass_send_slices SET next_ordinal = $3 + 1, processed = processed + 1, invalid = invalid + 1, written_through = GREATEST(written_through, $3) " +
        "WHERE job_id = $1 AND slice = $2";

    /// <summary>
    /// The direct path's checkpoint (<see cref="MassSendDirectWrite"/>): $1 job, $2 slice, $3 next ordinal, $4 done,
    /// $5 lines, $6 delivered, $7 printed, $8 refused, $9 invalid, $10 the batch's last line.
    /// </summary>
    public const string MoveCheckpoint =
        "UPDATE mass_send_slices SET next_ordinal = $3, done = $4, processed = processed + $5, delivered = delivered + $6, printed = printed + $7, " +
        "refused = refused + $8, invalid = invalid + $9, written_through = GREATEST(written_through, $10) WHERE job_id = $1 AND slice = $2";
}
