using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Messages;
using Npgsql;

namespace DigitalPost.Grains.AccessLog;

/// <summary>The append-only access log (table <c>mailbox_access_log</c>; a trigger refuses updates and deletes).</summary>
public sealed class AccessLogStore(MailboxDatabase database)
{
    /// <summary>An insert of one entry, to batch with the action it records.</summary>
    public static NpgsqlBatchCommand AppendCommand(string mailboxId, DateTimeOffset at, ActorContext actor, AccessAction action, Guid? messageUuid, string? detail)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Sql.Command(
            "INSERT INTO mailbox_access_log (mailbox_id, at, actor_kind, actor_id, on_behalf_of, platform, action, message_uuid, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            Sql.Text(mailboxId), Sql.Time(at), Sql.Short((int)actor.Kind), Sql.Text(actor.ActorId), Sql.Text(actor.OnBehalfOf?.Value),
            Sql.Short((int)actor.Platform), Sql.Short((int)action), Sql.Uuid(messageUuid), Sql.Text(detail));
    }

    /// <summary>Entries of a mailbox, newest first.</summary>
    public Task<List<AccessLogEntry>> ReadAsync(string mailboxId, int limit, long? beforeEntryId, CancellationToken cancellationToken = default) =>
        database.QueryAsync(
            "SELECT entry_id, mailbox_id, at, actor_kind, actor_id, on_behalf_of, platform, action, message_uuid, detail FROM mailbox_access_log " +
            "WHERE mailbox_id = $1 AND ($2::bigint IS NULL OR entry_id < $2) ORDER BY entry_id DESC LIMIT $3",
            r => new AccessLogEntry(r.GetInt64(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2), (ActorKind)r.GetInt16(3), r.GetString(4), Sql.NullableText(r, 5),
                (Platform)r.GetInt16(6), (AccessAction)r.GetInt16(7), r.IsDBNull(8) ? null : r.GetGuid(8), Sql.NullableText(r, 9)),
            [Sql.Text(mailboxId), Sql.Long(beforeEntryId), Sql.Int(Math.Clamp(limit, 1, 1000))],
            cancellationToken);
}
