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
/// a unique violation on the key, and the worker re-runs the batch with the statement. The rows are encoded
/// (<see cref="PostgresBinaryCopyBuffer"/>: Npgsql's importer cost the client more than the rows' own encoding) by
/// <see cref="Encode"/> on the pipeline's low-priority threads, with the decisions, and only sent from the thread
/// pool: encoded on request threads' priority, the COPYs tripled the inbox p99 during a send (docs/mass-send.md).
/// </summary>
internal sealed class MassSendDirectWrite : IDisposable
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

    private readonly PostgresBinaryCopyBuffer _messages = new();
    private readonly PostgresBinaryCopyBuffer _deliveries = new();
    private readonly PostgresBinaryCopyBuffer _printJobs = new();
    private readonly PostgresBinaryCopyBuffer _receipts = new();
    private readonly PostgresBinaryCopyBuffer _notifications = new();

    private MassSendDirectWrite()
    {
    }

    /// <summary>The batch's counts, as the statement path returns them.</summary>
    public sealed record Counts(long Delivered, long Printed, long Refused, long Invalid, long Notified);

    /// <summary>What the encoded batch writes.</summary>
    public Counts Written { get; private set; } = new(0, 0, 0, 0, 0);

    /// <summary>Encodes the rows of the decided batch (CPU only: call it where the decisions are made).</summary>
    public static MassSendDirectWrite Encode(MassSendJob job, IReadOnlyList<MassSendStage> stage, IReadOnlyList<MassSendNotificationRow> notifications, DateTimeOffset now)
    {
        var write = new MassSendDirectWrite();
        var at = now.ToUniversalTime();
        long refused = 0;
        long invalid = 0;
        foreach (var s in stage)
        {
            switch (s.Outcome)
            {
                case DeliveryOutcome.Delivered:
                    write.AddMessage(job, s, at);
                    break;
                case DeliveryOutcome.Printed:
                    write.AddPrinted(job, s, at);
                    break;
                default:
                    refused += s.Receipt == ReceiptStatus.NotAllowed ? 1 : 0;
                    invalid += s.Receipt == ReceiptStatus.Invalid ? 1 : 0;
                    break;
            }

            // A delivered letter's receipt is RECEIVED without reason (as the grain's); a printed one's is its
            // record's; a refusal's is its decision's.
            var receipt = write._receipts;
            receipt.StartRow(7);
            receipt.WriteText(job.SenderId);
            receipt.WriteUuid(s.MessageUuid);
            receipt.WriteText(s.MailboxId);
            receipt.WriteInt16((short)s.Receipt);
            receipt.WriteText(s.ReasonCode);
            receipt.WriteText(s.Detail);
            receipt.WriteTimestampTz(at);
        }

        foreach (var n in notifications)
        {
            var row = write._notifications;
            row.StartRow(7);
            row.WriteUuid(n.NotificationId);
            row.WriteText(n.MailboxId);
            row.WriteText(n.DelegateCpr);
            row.WriteUuid(n.MessageUuid);
            row.WriteBoolean(n.Legal);
            row.WriteJsonb(n.ChannelsJson);
            row.WriteTimestampTz(at);
        }

        write.Written = new Counts(write._messages.Rows, write._deliveries.Rows, refused, invalid, notifications.Count);
        return write;
    }

    /// <summary>Runs the COPYs (in the caller's transaction); a unique violation is thrown as the server's error.</summary>
    public async Task SendAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        foreach (var (rows, copy) in new[] { (_messages, CopyMessages), (_deliveries, CopyDeliveries), (_printJobs, CopyPrintJobs), (_receipts, CopyReceipts), (_notifications, CopyNotifications) })
        {
            if (rows.Rows > 0)
            {
                await rows.SendAsync(connection, copy, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public void Dispose()
    {
        _messages.Dispose();
        _deliveries.Dispose();
        _printJobs.Dispose();
        _receipts.Dispose();
        _notifications.Dispose();
    }

    private void AddMessage(MassSendJob job, MassSendStage s, DateTimeOffset at)
    {
        // The columns the mailbox grain's message row has (NewMessageRow via MassSendLetter): a received,
        // unread letter in the inbox, its own thread, no recipient label and no private platform.
        var letter = s.Letter ?? job.Template!;
        var row = _messages;
        row.StartRow(20);
        row.WriteText(s.MailboxId);
        row.WriteUuid(s.MessageUuid);
        row.WriteInt16((short)MessageDirection.Received);
        row.WriteText("inbox");
        row.WriteText(job.SenderId);
        row.WriteText(letter.SenderLabel);
        row.WriteInt16((short)SenderKind.Authority);
        row.WriteText(s.RecipientId);
        row.WriteText(s.IdType);
        row.WriteText(letter.Label);
        row.WriteText(letter.SearchText);
        row.WriteTimestampTz(at);
        row.WriteBoolean(true);
        row.WriteBoolean(letter.LegalNotification);
        row.WriteBoolean(letter.ReplyAllowed);
        row.WriteTimestampTz(letter.ReplyBy);
        row.WriteUuid(s.MessageUuid);
        row.WriteBytea(letter.Content.Sha256);
        row.WriteInt64(letter.SizeBytes);
        row.WriteInt32(letter.Files.Count);
    }

    private void AddPrinted(MassSendJob job, MassSendStage s, DateTimeOffset at)
    {
        var record = _deliveries;
        record.StartRow(8);
        record.WriteText(s.MailboxId);
        record.WriteUuid(s.MessageUuid);
        record.WriteText(job.SenderId);
        record.WriteInt16((short)s.Outcome);
        record.WriteInt16((short)s.Receipt);
        record.WriteText(s.ReasonCode);
        record.WriteText(s.Detail);
        record.WriteTimestampTz(at);

        var print = _printJobs;
        print.StartRow(7);
        print.WriteText(s.MailboxId);
        print.WriteUuid(s.MessageUuid);
        print.WriteText(job.SenderId);
        print.WriteBytea((s.Letter ?? job.Template!).Content.Sha256);
        print.WriteJsonb(s.AddressJson);
        print.WriteText(s.Detail ?? "print");
        print.WriteTimestampTz(at);
    }
}
