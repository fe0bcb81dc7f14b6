using Npgsql;

namespace DigitalPost.Grains.Messages;

/// <summary>
/// The one statement of a delivery: the idempotent insert (a delivered letter's message row, which is
/// its own delivery record, or the delivery record of any other outcome: <see cref="DeliveryRecords"/>),
/// the content (only when the store may not have it yet), the print job or held message, and the
/// receipt, all conditional on the idempotent insert. It returns one row: 1 when written, 0 when this
/// (mailbox, messageUUID) was offered before and nothing was written.
/// </summary>
internal static class DeliveryStatement
{
    /// <summary>
    /// Builds the statement. With <paramref name="includeContentBytes"/> the content and its file rows
    /// are stored unless they are already; without, only the hash is sent: the caller knows the content
    /// committed (<see cref="KnownContents"/>), and a committed content is never removed (a trigger
    /// refuses it; Migrations/0002), so no foreign key needs to check it row by row.
    /// The content is stored only if the delivery is new, unless <paramref name="contentEvenIfOfferedBefore"/>:
    /// a batch sends a new content's bytes once, with its first delivery, and the later deliveries
    /// of the batch name it by hash, so it must be stored even when that first one is a repeat.
    /// </summary>
    public static NpgsqlBatchCommand Build(DeliveryWrite write, bool includeContentBytes, bool contentEvenIfOfferedBefore = false)
    {
        ArgumentNullException.ThrowIfNull(write);
        var p = new ParameterList();
        var mailbox = p.Add(Sql.Text(write.MailboxId));
        var uuid = p.Add(Sql.Uuid(write.MessageUuid));
        var sender = p.Add(Sql.Text(write.SenderId));
        var outcome = p.Add(Sql.Short((int)write.Outcome));
        var status = p.Add(Sql.Short((int)write.Receipt));
        var reason = p.Add(Sql.Text(write.ReasonCode));
        var detail = p.Add(Sql.Text(write.Detail));
        var at = p.Add(Sql.Time(write.At));
        var sql = new System.Text.StringBuilder(1024);
        string? sha = null;
        if (write.Content is { } content && write.Message is { } message)
        {
            // A delivered letter: its message row is the delivery record (DeliveryRecords), so the
            // idempotent insert is the message row's own, unless a record of another outcome exists.
            sha = p.Add(Sql.Bytes(content.Sha256));
            sql.Append("WITH d AS (").Append(MessageStore.InsertMessageSql(p, message, sha, $"WHERE {DeliveryRecords.NoRecord(mailbox, uuid)} ON CONFLICT DO NOTHING RETURNING 1 AS one")).Append(')');
        }
        else
        {
            sql.Append("WITH d AS (INSERT INTO mailbox_deliveries (mailbox_id, message_uuid, sender_id, outcome, receipt_status, reason_code, detail, created_at) ")
                .Append($"SELECT {mailbox}, {uuid}, {sender}, {outcome}, {status}, {reason}, {detail}, {at} WHERE {DeliveryRecords.NoMessage(mailbox, uuid)} ON CONFLICT DO NOTHING RETURNING 1 AS one)");
        }

        if (write.Content is { } stored)
        {
            var contentSql = new System.Text.StringBuilder();
            sha = MessageStore.AppendContentSql(contentSql, p, stored, includeContentBytes, source: contentEvenIfOfferedBefore ? null : "d", sha);
            if (contentSql.Length > 0)
            {
                sql.Append(", ").Append(contentSql);
            }

            if (write.Print is { } print)
            {
                sql.Append(", pq AS (INSERT INTO mailbox_print_queue (mailbox_id, message_uuid, sender_id, content_sha256, address, reason, queued_at) ")
                    .Append($"SELECT {mailbox}, {uuid}, {sender}, {sha}, {p.Add(Sql.P(print.AddressJson, NpgsqlTypes.NpgsqlDbType.Jsonb))}, {p.Add(Sql.Text(print.Reason))}, {at} FROM d)");
            }
            else if (write.Held is { } held)
            {
                sql.Append(", h AS (INSERT INTO mailbox_held_messages (mailbox_id, message_uuid, sender_id, sender_kind, private_platform, content_sha256, recipient_id_type, recipient_label, release_on, held_at) ")
                    .Append($"SELECT {mailbox}, {uuid}, {sender}, {p.Add(Sql.Short((int)held.SenderKind))}, {p.Add(Sql.Short((int?)held.PrivatePlatform))}, {sha}, ")
                    .Append($"{p.Add(Sql.Text(held.RecipientIdType))}, {p.Add(Sql.Text(held.RecipientLabel))}, {p.Add(Sql.P(held.ReleaseOn, NpgsqlTypes.NpgsqlDbType.Date))}, {at} FROM d)");
            }
        }

        sql.Append(", r AS (INSERT INTO mailbox_receipts (sender_id, message_uuid, recipient_id, status, reason_code, detail, created_at) ")
            .Append($"SELECT {sender}, {uuid}, {mailbox}, {status}, {reason}, {detail}, {at} FROM d) ")
            .Append("SELECT count(*) FROM d");
        return p.ToCommand(sql.ToString());
    }
}
