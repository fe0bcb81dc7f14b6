using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Receipts;
using Npgsql;

namespace DigitalPost.Grains.Messages;

/// <summary>The write commands of mailbox actions, batched by the grain with the access-log entry.</summary>
public static class MessageCommands
{
    public static NpgsqlBatchCommand MarkRead(string mailboxId, Guid messageUuid, DateTimeOffset at, string reader, Platform platform) => Sql.Command(
        "UPDATE mailbox_messages SET unread = false, first_read_at = COALESCE(first_read_at, $3), first_read_by = COALESCE(first_read_by, $4), " +
        "first_read_platform = COALESCE(first_read_platform, $5) WHERE mailbox_id = $1 AND message_uuid = $2",
        Sql.Text(mailboxId), Sql.Uuid(messageUuid), Sql.Time(at), Sql.Text(reader), Sql.Short((int)platform));

    public static NpgsqlBatchCommand MarkUnread(string mailboxId, Guid messageUuid) => Sql.Command(
        "UPDATE mailbox_messages SET unread = true WHERE mailbox_id = $1 AND message_uuid = $2", Sql.Text(mailboxId), Sql.Uuid(messageUuid));

    /// <summary>Serves a legal notification once and sends the COMPLETED receipt to its sender, in one statement.</summary>
    public static NpgsqlBatchCommand Serve(string mailboxId, Guid messageUuid, DateTimeOffset at) => Sql.Command(
        "WITH s AS (UPDATE mailbox_messages SET served_at = $3 WHERE mailbox_id = $1 AND message_uuid = $2 AND legal_notification AND served_at IS NULL " +
        "AND direction = 0 RETURNING sender_id) INSERT INTO mailbox_receipts (sender_id, message_uuid, recipient_id, status, reason_code, detail, created_at) " +
        "SELECT sender_id, $2, $1, $4, $5, NULL, $3 FROM s",
        Sql.Text(mailboxId), Sql.Uuid(messageUuid), Sql.Time(at), Sql.Short((int)ReceiptStatus.Completed), Sql.Text(ReceiptReasons.LegalNotificationServed));

    public static NpgsqlBatchCommand Move(string mailboxId, Guid messageUuid, string folderId) => Sql.Command(
        "UPDATE mailbox_messages SET folder_id = $3 WHERE mailbox_id = $1 AND message_uuid = $2", Sql.Text(mailboxId), Sql.Uuid(messageUuid), Sql.Text(folderId));

    public static NpgsqlBatchCommand Delete(string mailboxId, Guid messageUuid, DateTimeOffset at) => Sql.Command(
        "UPDATE mailbox_messages SET previous_folder_id = folder_id, folder_id = 'deleted', deleted_at = $3 WHERE mailbox_id = $1 AND message_uuid = $2 AND folder_id <> 'deleted'",
        Sql.Text(mailboxId), Sql.Uuid(messageUuid), Sql.Time(at));

    public static NpgsqlBatchCommand Restore(string mailboxId, Guid messageUuid) => Sql.Command(
        "UPDATE mailbox_messages SET folder_id = COALESCE(previous_folder_id, 'inbox'), previous_folder_id = NULL, deleted_at = NULL " +
        "WHERE mailbox_id = $1 AND message_uuid = $2 AND folder_id = 'deleted'",
        Sql.Text(mailboxId), Sql.Uuid(messageUuid));

    /// <summary>Empties a user folder into the inbox (also where deleted messages would be restored to).</summary>
    public static NpgsqlBatchCommand EmptyFolder(string mailboxId, string folderId) => Sql.Command(
        "UPDATE mailbox_messages SET folder_id = CASE WHEN folder_id = $2 THEN 'inbox' ELSE folder_id END, " +
        "previous_folder_id = CASE WHEN previous_folder_id = $2 THEN 'inbox' ELSE previous_folder_id END " +
        "WHERE mailbox_id = $1 AND (folder_id = $2 OR previous_folder_id = $2)",
        Sql.Text(mailboxId), Sql.Text(folderId));

    public static NpgsqlBatchCommand PurgeDeleted(string mailboxId, DateTimeOffset deletedBefore) => Sql.Command(
        "DELETE FROM mailbox_messages WHERE mailbox_id = $1 AND folder_id = 'deleted' AND deleted_at <= $2", Sql.Text(mailboxId), Sql.Time(deletedBefore));

    public static NpgsqlBatchCommand PurgeAll(string mailboxId) => Sql.Command(
        "WITH h AS (DELETE FROM mailbox_held_messages WHERE mailbox_id = $1) DELETE FROM mailbox_messages WHERE mailbox_id = $1", Sql.Text(mailboxId));

    /// <summary>Queues a stored message for print (exemption: forward unopened post).</summary>
    public static NpgsqlBatchCommand QueuePrint(string mailboxId, Guid messageUuid, string senderId, byte[] contentSha256, string? addressJson, string reason, DateTimeOffset at) => Sql.Command(
        "INSERT INTO mailbox_print_queue (mailbox_id, message_uuid, sender_id, content_sha256, address, reason, queued_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
        Sql.Text(mailboxId), Sql.Uuid(messageUuid), Sql.Text(senderId), Sql.Bytes(contentSha256), Sql.P(addressJson, NpgsqlTypes.NpgsqlDbType.Jsonb), Sql.Text(reason), Sql.Time(at));

    public static NpgsqlBatchCommand RecallHeld(string mailboxId, Guid messageUuid, string senderId) => Sql.Command(
        "WITH h AS (DELETE FROM mailbox_held_messages WHERE mailbox_id = $1 AND message_uuid = $2 AND sender_id = $3 RETURNING message_uuid) " +
        "UPDATE mailbox_deliveries d SET outcome = $4, reason_code = $5, detail = 'Recalled by the sender before delivery.' FROM h " +
        "WHERE d.mailbox_id = $1 AND d.message_uuid = h.message_uuid RETURNING 1",
        Sql.Text(mailboxId), Sql.Uuid(messageUuid), Sql.Text(senderId), Sql.Short((int)DeliveryOutcome.Recalled), Sql.Text(ReceiptReasons.Recalled));

    /// <summary>Releases a held message: removes the hold and records the final outcome (the target row is inserted by the same batch).</summary>
    public static NpgsqlBatchCommand ReleaseHeld(string mailboxId, Guid messageUuid, DeliveryOutcome outcome, ReceiptStatus status, string? reason, string? detail) => Sql.Command(
        "WITH h AS (DELETE FROM mailbox_held_messages WHERE mailbox_id = $1 AND message_uuid = $2 RETURNING message_uuid) " +
        "UPDATE mailbox_deliveries d SET outcome = $3, receipt_status = $4, reason_code = $5, detail = $6 FROM h WHERE d.mailbox_id = $1 AND d.message_uuid = h.message_uuid",
        Sql.Text(mailboxId), Sql.Uuid(messageUuid), Sql.Short((int)outcome), Sql.Short((int)status), Sql.Text(reason), Sql.Text(detail));
}
