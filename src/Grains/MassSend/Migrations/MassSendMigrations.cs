using System.Security.Cryptography;
using System.Text;
using DigitalPost.Runtime.Postgres;

namespace DigitalPost.Grains.MassSend.Migrations;

/// <summary>
/// The mass-send tables (component "mass-send"). Registered after the mailbox migrations; the
/// pipeline also reads the registry's <c>person</c>/<c>company</c> and the runtime's
/// <c>grain_state</c>. The SQL is kept here (not as an embedded file) so the component needs no
/// project-file change; never edit a shipped version, add one.
/// </summary>
public static class MassSendMigrations
{
    /// <summary>The component name recorded in <c>schema_migrations</c>.</summary>
    public const string Component = "mass-send";

    private const string V1 = """
        -- A mass send: who sends what, when, and its idempotency key (unique per authority).
        CREATE TABLE mass_send_jobs (
            job_id               uuid PRIMARY KEY,
            authority_id         text NOT NULL,
            sender_id            text NOT NULL,
            idempotency_key      text NOT NULL,
            kind                 smallint NOT NULL,
            status               smallint NOT NULL,
            template             bytea,
            content_sha256       bytea,
            do_not_deliver_until date,
            scheduled_for        timestamptz NOT NULL,
            slice_count          integer NOT NULL,
            recipients           bigint NOT NULL,
            created_at           timestamptz NOT NULL,
            started_at           timestamptz,
            completed_at         timestamptz,
            recalled_at          timestamptz,
            CONSTRAINT mass_send_jobs_idempotency UNIQUE (authority_id, idempotency_key)
        );
        -- Workers look for jobs that are due and not finished.
        CREATE INDEX mass_send_jobs_due ON mass_send_jobs (scheduled_for, created_at) WHERE status IN (0, 1, 2);
        CREATE INDEX mass_send_jobs_authority ON mass_send_jobs (authority_id, created_at DESC, job_id DESC);

        -- The fan-out: a slice is a contiguous range of the runtime's partitions. Its checkpoint
        -- (next_ordinal) and counters change in the same transaction as each delivered batch.
        CREATE TABLE mass_send_slices (
            job_id       uuid NOT NULL REFERENCES mass_send_jobs (job_id) ON DELETE CASCADE,
            slice        integer NOT NULL,
            next_ordinal bigint NOT NULL DEFAULT 0,
            done         boolean NOT NULL DEFAULT false,
            processed    bigint NOT NULL DEFAULT 0,
            delivered    bigint NOT NULL DEFAULT 0,
            printed      bigint NOT NULL DEFAULT 0,
            held         bigint NOT NULL DEFAULT 0,
            refused      bigint NOT NULL DEFAULT 0,
            invalid      bigint NOT NULL DEFAULT 0,
            PRIMARY KEY (job_id, slice)
        );

        -- The recipient list as uploaded (ordinal = line number), with the derived messageUUID.
        -- No foreign key: COPY of millions of rows stays a plain append plus the primary key.
        CREATE TABLE mass_send_recipients (
            job_id       uuid NOT NULL,
            slice        integer NOT NULL,
            ordinal      bigint NOT NULL,
            recipient    text NOT NULL,
            message_uuid uuid NOT NULL,
            memo         bytea,
            PRIMARY KEY (job_id, slice, ordinal)
        );

        -- New-post notifications of delivered letters, written in the batch's transaction and
        -- handed to the notification outbox (idempotent by notification_id) afterwards.
        CREATE TABLE mass_send_notifications (
            notification_id uuid PRIMARY KEY,
            mailbox_id      text NOT NULL,
            delegate_cpr    text,
            message_uuid    uuid NOT NULL,
            legal           boolean NOT NULL,
            channels        jsonb NOT NULL,
            created_at      timestamptz NOT NULL
        );
        """;

    /// <summary>
    /// The highest line number a slice's batches ever wrote (-1: none). Unlike <c>next_ordinal</c>, which is
    /// where the slice resumes, it never moves back: a batch that starts above it cannot meet a row it wrote
    /// before, so it is written with plain binary COPY into the mailbox tables (docs/mass-send.md, "Pipeline").
    /// </summary>
    private const string V2 = """
        ALTER TABLE mass_send_slices ADD COLUMN written_through bigint NOT NULL DEFAULT -1;
        -- Slices that delivered lines before this column existed: everything below a running slice's checkpoint
        -- was written, and every line of a finished one (whose checkpoint may read 0 after an empty last batch).
        UPDATE mass_send_slices s SET written_through = CASE WHEN s.done
            THEN COALESCE((SELECT max(r.ordinal) FROM mass_send_recipients r WHERE r.job_id = s.job_id AND r.slice = s.slice), -1)
            ELSE s.next_ordinal - 1 END
        WHERE s.next_ordinal > 0 OR s.done;
        """;

    /// <summary>
    /// When the retention sweep deleted a finished job's recipient rows (NULL: still kept), and the index it finds the
    /// finished, unpurged jobs by (docs/mass-send.md, "Retention").
    /// </summary>
    private const string V3 = """
        ALTER TABLE mass_send_jobs ADD COLUMN recipients_purged_at timestamptz;
        -- Completed (3) or recalled (4) jobs whose list is still kept, by when they finished.
        CREATE INDEX mass_send_jobs_retention ON mass_send_jobs ((COALESCE(completed_at, recalled_at)))
            WHERE status IN (3, 4) AND recipients_purged_at IS NULL;
        """;

    /// <summary>
    /// Lines that could not be processed however often they were tried (a poison line: e.g. a mailbox profile that no
    /// longer reads): each is recorded here with its error, answered with an INVALID receipt (<c>processing.failed</c>)
    /// and passed, so one line cannot hold up its slice (docs/mass-send.md, "Poison lines").
    /// </summary>
    private const string V4 = """
        CREATE TABLE mass_send_dead_letters (
            job_id       uuid NOT NULL REFERENCES mass_send_jobs (job_id) ON DELETE CASCADE,
            slice        integer NOT NULL,
            ordinal      bigint NOT NULL,
            recipient    text NOT NULL,
            message_uuid uuid NOT NULL,
            error        text NOT NULL,
            failed_at    timestamptz NOT NULL,
            PRIMARY KEY (job_id, slice, ordinal)
        );
        """;

    /// <summary>The migrations of the component.</summary>
    public static MigrationSet Set { get; } = new(Component,
        [Migration(1, "mass_send", V1), Migration(2, "slice_written_through", V2), Migration(3, "recipients_retention", V3), Migration(4, "dead_letters", V4)]);

    private static Migration Migration(int version, string name, string sql) =>
        new(version, name, sql, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n")))));
}
