using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Messages;
using DigitalPost.Runtime.Streams;
using Npgsql;

namespace DigitalPost.Grains.Receipts;

/// <summary>
/// Receipts to senders (table <c>mailbox_receipts</c>), per message and per sender. A receipt written
/// with <see cref="InsertAsync"/> is published on <see cref="ReceiptEvents"/> once committed.
/// </summary>
public sealed class ReceiptStore(MailboxDatabase database, IStreamProvider streams)
{
    public static NpgsqlBatchCommand InsertCommand(string senderId, Guid messageUuid, string recipientId, ReceiptStatus status, string? reasonCode, string? detail, DateTimeOffset at) => Sql.Command(
        "INSERT INTO mailbox_receipts (sender_id, message_uuid, recipient_id, status, reason_code, detail, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        Sql.Text(senderId), Sql.Uuid(messageUuid), Sql.Text(recipientId), Sql.Short((int)status), Sql.Text(reasonCode), Sql.Text(detail), Sql.Time(at));

    public async Task<int> InsertAsync(string senderId, Guid messageUuid, string recipientId, ReceiptStatus status, string? reasonCode, string? detail, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        // Called inside grain turns: no ConfigureAwait(false), the grain continues on its own turn.
        var written = await database.ExecuteAsync([InsertCommand(senderId, messageUuid, recipientId, status, reasonCode, detail, at)], cancellationToken);
        await ReceiptEvents.PublishAsync(streams, senderId, messageUuid, recipientId, status, reasonCode, detail, at);
        return written;
    }

    /// <summary>The sender's receipts, newest first; optionally of one message.</summary>
    public Task<List<Receipt>> ListAsync(string senderId, Guid? messageUuid, int limit, CancellationToken cancellationToken = default) =>
        database.QueryAsync(
            "SELECT receipt_id, sender_id, message_uuid, recipient_id, status, reason_code, detail, created_at FROM mailbox_receipts " +
            "WHERE sender_id = $1 AND ($2::uuid IS NULL OR message_uuid = $2) ORDER BY receipt_id DESC LIMIT $3",
            r => new Receipt(r.GetInt64(0), r.GetString(1), r.GetGuid(2), r.GetString(3), (ReceiptStatus)r.GetInt16(4), Sql.NullableText(r, 5), Sql.NullableText(r, 6), r.GetFieldValue<DateTimeOffset>(7)),
            [Sql.Text(senderId), Sql.Uuid(messageUuid), Sql.Int(Math.Clamp(limit, 1, 1000))],
            cancellationToken);
}
