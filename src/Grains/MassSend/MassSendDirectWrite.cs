using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Runtime.Postgres.BinaryCopy;
using Npgsql;

namespace DigitalPost.Grains.MassSend;

/// <summary>
/// Writes a decided batch straight into the mailbox tables with binary COPY: message rows of the
/// delivered, delivery records and print jobs of the printed, a receipt per recipient and the
/// notification rows. Only for a batch none of whose lines was ever written (above the slice's
/// <c>written_through</c>, repeated recipients left out): such a batch cannot meet a row of its own
/// keys, so the <see cref="MassSendSql.WriteBatch"/> statement's idempotency probes (ON CONFLICT, the
/// <see cref="Messages.DeliveryRecords"/> anti joins, the refusal check) would find nothing; they
/// cost about a fifth of the cluster's CPU per recipient at 5,000,000 (perf, session 5). A key that
/// exists after all (a foreign letter that happens to carry one of the job's UUIDs) stops the COPY with
/// a unique violation on the key, and the worker re-runs the batch with the statement. Rows are encoded by
/// <see cref="PostgresBinaryCopyWriter"/> (Npgsql's importer cost the client more than the rows' own encoding).
/// </summary>
internal static class MassSendDirectWrite
{
    public const string CopyMessages =
        "COPY mailbox_messages (mailbox_id, message_uuid, direction, folder_id, sender_id, sender_label, sender_kind, recipient_id, recipient_id_type, " +
        "label, search_text, received_at, unread, legal_notification, reply_allowed, reply_by, thread_id, content_sha256, size_bytes, file_count) FROM STDIN (FORMAT BINARY)";

    public const string CopyDeliveries =
        "COPY mailbox_deliveries (mailbox_id, message_uuid, sender_id, outcome, receipt_status, reason_code, detail, created_at) FROM STDIN (FORMAT BINARY)";

    public const string CopyPrintJobs =
        "COPY mailbox_print_queue (mailbox_id, message_uuid, sender_id, content_sha256, address, reason, queued_at) FROM STDIN (FORMAT BINARY)";

    public const string CopyReceipts =
        "COPY mailbox_receipts (sender_id, message_uuid, recipient_id, status, reason_code, detail, created_at) FROM STDIN (FORMAT BINARY)";

    public const string CopyNotifications =
        "COPY mass_send_notifications (notification_id, mailbox_id, delegate_cpr, message_uuid, legal, channels, created_at) FROM STDIN (FORMAT BINARY)";

    /// <summary>The batch's counts, as the statement path returns them.</summary>
    public sealed record Counts(long Delivered, long Printed, long Refused, long Invalid, long Notified);

    /// <summary>COPYs the staged batch; the caller moves the checkpoint in the same transaction.</summary>
    public static async Task<Counts> WriteAsync(NpgsqlConnection connection, MassSendJob job, IReadOnlyList<MassSendStage> stage, IReadOnlyList<MassSendNotificationRow> notifications,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = now.ToUniversalTime();
        var delivered = 0L;
        var printed = 0L;
        var refused = 0L;
        var invalid = 0L;
        foreach (var s in stage)
        {
            switch (s.Outcome)
            {
                case DeliveryOutcome.Delivered: delivered++; break;
                case DeliveryOutcome.Printed: printed++; break;
                default:
                    if (s.Receipt == ReceiptStatus.NotAllowed)
                    {
                        refused++;
                    }
                    else if (s.Receipt == ReceiptStatus.Invalid)
                    {
                        invalid++;
                    }

                    break;
            }
        }

        if (delivered > 0)
        {
            await CopyMessagesAsync(connection, job, stage, at, cancellationToken).ConfigureAwait(false);
        }

        if (printed > 0)
        {
            await CopyPrintedAsync(connection, job, stage, at, cancellationToken).ConfigureAwait(false);
        }

        await CopyReceiptsAsync(connection, job, stage, at, cancellationToken).ConfigureAwait(false);
        if (notifications.Count > 0)
        {
            await CopyNotificationsAsync(connection, notifications, at, cancellationToken).ConfigureAwait(false);
        }

        return new Counts(delivered, printed, refused, invalid, notifications.Count);
    }

    private static async Task CopyMessagesAsync(NpgsqlConnection connection, MassSendJob job, IReadOnlyList<MassSendStage> stage, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var importer = await PostgresBinaryCopyWriter.BeginAsync(connection, CopyMessages, cancellationToken).ConfigureAwait(false);
        foreach (var s in stage)
        {
            if (s.Outcome != DeliveryOutcome.Delivered)
            {
                continue;
            }

            // The columns the mailbox grain's message row has (NewMessageRow via MassSendLetter): a received,
            // unread letter in the inbox, its own thread, no recipient label and no private platform.
            var letter = s.Letter ?? job.Template!;
            await importer.StartRowAsync(20, cancellationToken).ConfigureAwait(false);
            importer.WriteText(s.MailboxId);
            importer.WriteUuid(s.MessageUuid);
            importer.WriteInt16((short)MessageDirection.Received);
            importer.WriteText("inbox");
            importer.WriteText(job.SenderId);
            importer.WriteText(letter.SenderLabel);
            importer.WriteInt16((short)SenderKind.Authority);
            importer.WriteText(s.RecipientId);
            importer.WriteText(s.IdType);
            importer.WriteText(letter.Label);
            importer.WriteText(letter.SearchText);
            importer.WriteTimestampTz(at);
            importer.WriteBoolean(true);
            importer.WriteBoolean(letter.LegalNotification);
            importer.WriteBoolean(letter.ReplyAllowed);
            importer.WriteTimestampTz(letter.ReplyBy);
            importer.WriteUuid(s.MessageUuid);
            importer.WriteBytea(letter.Content.Sha256);
            importer.WriteInt64(letter.SizeBytes);
            importer.WriteInt32(letter.Files.Count);
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyPrintedAsync(NpgsqlConnection connection, MassSendJob job, IReadOnlyList<MassSendStage> stage, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using (var records = await PostgresBinaryCopyWriter.BeginAsync(connection, CopyDeliveries, cancellationToken).ConfigureAwait(false))
        {
            foreach (var s in stage)
            {
                if (s.Outcome == DeliveryOutcome.Printed)
                {
                    await records.StartRowAsync(8, cancellationToken).ConfigureAwait(false);
                    records.WriteText(s.MailboxId);
                    records.WriteUuid(s.MessageUuid);
                    records.WriteText(job.SenderId);
                    records.WriteInt16((short)s.Outcome);
                    records.WriteInt16((short)s.Receipt);
                    records.WriteText(s.ReasonCode);
                    records.WriteText(s.Detail);
                    records.WriteTimestampTz(at);
                }
            }

            await records.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var jobs = await PostgresBinaryCopyWriter.BeginAsync(connection, CopyPrintJobs, cancellationToken).ConfigureAwait(false);
        foreach (var s in stage)
        {
            if (s.Outcome == DeliveryOutcome.Printed)
            {
                await jobs.StartRowAsync(7, cancellationToken).ConfigureAwait(false);
                jobs.WriteText(s.MailboxId);
                jobs.WriteUuid(s.MessageUuid);
                jobs.WriteText(job.SenderId);
                jobs.WriteBytea((s.Letter ?? job.Template!).Content.Sha256);
                jobs.WriteJsonb(s.AddressJson);

                jobs.WriteText(s.Detail ?? "print");
                jobs.WriteTimestampTz(at);
            }
        }

        await jobs.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyReceiptsAsync(NpgsqlConnection connection, MassSendJob job, IReadOnlyList<MassSendStage> stage, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // A delivered letter's receipt is RECEIVED without reason (as the grain's); a printed one's is its
        // record's; a refusal's is its decision's.
        await using var importer = await PostgresBinaryCopyWriter.BeginAsync(connection, CopyReceipts, cancellationToken).ConfigureAwait(false);
        foreach (var s in stage)
        {
            await importer.StartRowAsync(7, cancellationToken).ConfigureAwait(false);
            importer.WriteText(job.SenderId);
            importer.WriteUuid(s.MessageUuid);
            importer.WriteText(s.MailboxId);
            importer.WriteInt16((short)s.Receipt);
            importer.WriteText(s.ReasonCode);
            importer.WriteText(s.Detail);
            importer.WriteTimestampTz(at);
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyNotificationsAsync(NpgsqlConnection connection, IReadOnlyList<MassSendNotificationRow> notifications, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var importer = await PostgresBinaryCopyWriter.BeginAsync(connection, CopyNotifications, cancellationToken).ConfigureAwait(false);
        foreach (var n in notifications)
        {
            await importer.StartRowAsync(7, cancellationToken).ConfigureAwait(false);
            importer.WriteUuid(n.NotificationId);
            importer.WriteText(n.MailboxId);
            importer.WriteText(n.DelegateCpr);
            importer.WriteUuid(n.MessageUuid);
            importer.WriteBoolean(n.Legal);
            importer.WriteJsonb(n.ChannelsJson);
            importer.WriteTimestampTz(at);
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
