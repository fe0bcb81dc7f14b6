using System.Diagnostics;
using Npgsql;

namespace DigitalPost.Benchmarks.MassSend;

/// <summary>
/// The floor: PostgreSQL's own <c>INSERT … SELECT generate_series</c> of the same rows the mass send
/// wrote (message rows for the delivered, delivery records and print jobs for the printed (a
/// delivered letter's message row is its record: Mailboxes/Migrations/0003), a receipt per
/// recipient, a notification row per notification) into the
/// same tables with the same content hash, split over <c>parallelism</c> sessions like the
/// pipeline, each one transaction. No file rows: a message's files are its content's, stored once
/// with the template at upload (Mailboxes/Migrations/0002), so the pipeline writes none per recipient.
/// </summary>
internal static class MassSendFloor
{
    public static async Task<TimeSpan> RunAsync(NpgsqlDataSource dataSource, MassSendFloorRows rows, int parallelism, byte[] contentSha256)
    {
        var (recipients, delivered, printed) = (rows.Recipients, rows.Delivered, rows.Printed);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, parallelism).Select(async part =>
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var batch = new NpgsqlBatch(connection, transaction) { Timeout = 0 };
            var (d0, d1) = Share(delivered + 1, delivered + printed, part, parallelism);
            var (m0, m1) = Share(1, delivered, part, parallelism);
            var (p0, p1) = Share(delivered + 1, delivered + printed, part, parallelism);
            var (r0, r1) = Share(1, recipients, part, parallelism);
            var (n0, n1) = Share(1, rows.Notifications, part, parallelism);
            batch.BatchCommands.Add(Command(
                "INSERT INTO mailbox_deliveries (mailbox_id, message_uuid, sender_id, outcome, receipt_status, reason_code, detail, created_at) " +
                "SELECT 'floor:' || g, md5('floor' || g)::uuid, 'authority:floor', 1, 0, NULL, NULL, now() FROM generate_series($1::bigint, $2::bigint) AS g",
                d0, d1));
            batch.BatchCommands.Add(Command(
                "INSERT INTO mailbox_messages (mailbox_id, message_uuid, direction, folder_id, sender_id, sender_label, sender_kind, recipient_id, recipient_id_type, " +
                "recipient_label, label, search_text, received_at, unread, legal_notification, reply_allowed, reply_by, private_platform, thread_id, content_sha256, size_bytes, file_count) " +
                "SELECT 'floor:' || g, md5('floor' || g)::uuid, 0, 'inbox', 'authority:floor', 'Skattestyrelsen', 0, lpad(g::text, 10, '0'), 'CPR', NULL, 'Årsopgørelse 2025', " +
                "'årsopgørelse 2025' || chr(10) || 'skattestyrelsen', now(), true, false, false, NULL, NULL, md5('floor' || g)::uuid, $3, 2048, 1 FROM generate_series($1::bigint, $2::bigint) AS g",
                m0, m1, contentSha256));
            batch.BatchCommands.Add(Command(
                "INSERT INTO mailbox_print_queue (mailbox_id, message_uuid, sender_id, content_sha256, address, reason, queued_at) " +
                "SELECT 'floor:' || g, md5('floor' || g)::uuid, 'authority:floor', $3, '{\"name\":\"Test Person\",\"street\":\"Vestergade 7\",\"postalCode\":\"5000\",\"city\":\"Odense C\",\"countryCode\":\"DK\"}'::jsonb, " +
                "'The recipient is under 15 and has no mailbox.', now() FROM generate_series($1::bigint, $2::bigint) AS g",
                p0, p1, contentSha256));
            batch.BatchCommands.Add(Command(
                "INSERT INTO mailbox_receipts (sender_id, message_uuid, recipient_id, status, reason_code, detail, created_at) " +
                "SELECT 'authority:floor', md5('floor' || g)::uuid, 'floor:' || g, 0, NULL, NULL, now() FROM generate_series($1::bigint, $2::bigint) AS g",
                r0, r1));
            batch.BatchCommands.Add(Command(
                "INSERT INTO mass_send_notifications (notification_id, mailbox_id, delegate_cpr, message_uuid, legal, channels, created_at) " +
                "SELECT md5('floor-notification' || g)::uuid, 'floor:' || g, NULL, md5('floor' || g)::uuid, false, '{\"emails\":[\"borger@example.dk\"],\"phoneNumbers\":[],\"pushDevices\":[]}'::jsonb, now() FROM generate_series($1::bigint, $2::bigint) AS g",
                n0, n1));
            await batch.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }));
        return clock.Elapsed;
    }

    private static (long From, long To) Share(long from, long to, int part, int parts)
    {
        var count = Math.Max(0, to - from + 1);
        var per = (count + parts - 1) / parts;
        var start = from + (part * per);
        return (start, Math.Min(to, start + per - 1));
    }

    private static NpgsqlBatchCommand Command(string sql, long from, long to, object? third = null)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = from, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = to, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        if (third is byte[] sha)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = sha, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bytea });
        }
        else if (third is long number)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = number, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        }

        return command;
    }
}
