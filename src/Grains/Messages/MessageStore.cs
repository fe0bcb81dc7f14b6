using DigitalPost.Grains.Interfaces.Messages;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DigitalPost.Grains.Messages;

/// <summary>
/// The mailbox message tables (see Mailboxes/Migrations/0001 and 0002). Writes of one action go as one batch: one
/// round trip, one implicit transaction, so nothing is ever stored half.
/// </summary>
public sealed partial class MessageStore(MailboxDatabase database, IOptions<DeliveryWriterOptions>? writerOptions = null)
{
    internal const string SummaryColumns =
        "message_uuid, direction, folder_id, sender_id, sender_label, recipient_id, label, received_at, unread, first_read_at, first_read_by, " +
        "first_read_platform, legal_notification, served_at, reply_allowed, reply_by, deleted_at, private_platform, thread_id, size_bytes, file_count, " +
        "content_sha256, recipient_id_type, recipient_label, sender_kind, seq";

    public MailboxDatabase Database => database;

    /// <summary>The group-commit writer of deliveries.</summary>
    public DeliveryWriter Writer { get; } = new(database, writerOptions?.Value ?? new DeliveryWriterOptions());

    /// <summary>
    /// Writes a delivery; false when this (mailbox, messageUUID) was offered before, in which case
    /// nothing was written. Deliveries of different mailboxes arriving together are committed
    /// together (<see cref="DeliveryWriter"/>); <paramref name="alsoOnSuccess"/> commands, when
    /// given, run in the delivery's own transaction instead.
    /// </summary>
    public async Task<bool> WriteDeliveryAsync(DeliveryWrite write, IReadOnlyList<NpgsqlBatchCommand>? alsoOnSuccess = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (alsoOnSuccess is null || alsoOnSuccess.Count == 0)
        {
            return await Writer.WriteAsync(write, cancellationToken).ConfigureAwait(false);
        }

        List<NpgsqlBatchCommand> commands = [DeliveryStatement.Build(write, includeContentBytes: true), .. alsoOnSuccess];
        return await database.ExecutePreparedScalarAsync<long>(commands, cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>The recorded outcome of an earlier delivery (its record, or its message row: <see cref="DeliveryRecords"/>), or null.</summary>
    public async Task<DeliveryResult?> GetDeliveryAsync(string mailboxId, Guid messageUuid, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync(
            DeliveryRecords.LookupSql,
            r => new DeliveryResult(messageUuid, (DeliveryOutcome)r.GetInt16(0), (Interfaces.Receipts.ReceiptStatus)r.GetInt16(1), Sql.NullableText(r, 2), Sql.NullableText(r, 3), Duplicate: true),
            [Sql.Text(mailboxId), Sql.Uuid(messageUuid)],
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>A command inserting a sent or received message row (with its content, unless stored already), unconditionally.</summary>
    public static NpgsqlBatchCommand InsertMessageCommand(NewMessageRow message, StoredContent content)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(content);
        var p = new ParameterList();
        var sql = new System.Text.StringBuilder("WITH ");
        var sha = AppendContentSql(sql, p, content, includeBytes: true, source: null);
        sql.Append(", m AS (").Append(InsertMessageSql(p, message, sha, "")).Append(" RETURNING message_uuid)")
            .Append(" SELECT count(*) FROM m");
        return p.ToCommand(sql.ToString());
    }

    /// <summary>A command storing a content and its file rows, unless stored already (a mass send's template at upload).</summary>
    public static NpgsqlBatchCommand InsertContentCommand(StoredContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var p = new ParameterList();
        var sql = new System.Text.StringBuilder("WITH ");
        AppendContentSql(sql, p, content, includeBytes: true, source: null);
        sql.Append(" SELECT 1");
        return p.ToCommand(sql.ToString());
    }

    /// <summary>
    /// Appends the CTEs that store a content (<c>c</c>) and its file rows (<c>cf</c>), each only if
    /// not stored yet, and returns the placeholder of the content hash. Every writer of content goes
    /// through here, so a stored content always has its files: the grain's delivery statement,
    /// a sent message, a mass send's upload. <paramref name="source"/> (a CTE name) makes both
    /// conditional on that CTE having a row; without <paramref name="includeBytes"/> only the hash
    /// parameter is added (the content is known to be committed with its files, and is permanent).
    /// <paramref name="sha"/> is the hash's placeholder when the statement already has it.
    /// </summary>
    internal static string AppendContentSql(System.Text.StringBuilder sql, ParameterList p, StoredContent content, bool includeBytes, string? source, string? sha = null)
    {
        sha ??= p.Add(Sql.Bytes(content.Sha256));
        if (!includeBytes)
        {
            return sha;
        }

        var data = p.Add(Sql.Bytes(content.Data));
        var from = source is null ? string.Empty : $" FROM {source}";
        sql.Append($"c AS (INSERT INTO mailbox_contents (sha256, data, size_bytes) SELECT {sha}, {data}, length({data}){from} ON CONFLICT DO NOTHING)");
        if (content.Files.Count > 0)
        {
            var kinds = p.Add(Sql.P(content.Files.Select(f => f.DocumentKind).ToArray(), NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text));
            var names = p.Add(Sql.P(content.Files.Select(f => f.Filename).ToArray(), NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text));
            var formats = p.Add(Sql.P(content.Files.Select(f => f.EncodingFormat).ToArray(), NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text));
            var sizes = p.Add(Sql.P(content.Files.Select(f => f.SizeBytes).ToArray(), NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Bigint));
            var join = source is null ? " FROM " : $" FROM {source} CROSS JOIN ";
            sql.Append(", cf AS (").Append(InsertContentFilesSql(sha, kinds, names, formats, sizes, join)).Append(')');
        }

        return sha;
    }

    /// <summary>
    /// The one statement shape that writes a content's file rows from parallel arrays (kind, name,
    /// format, size; ordinal = array position), skipping rows already stored. Shared by
    /// <see cref="AppendContentSql"/> and the mass-send batch (its template's files).
    /// <paramref name="from"/> is <c>" FROM "</c> or <c>" FROM x CROSS JOIN "</c>.
    /// </summary>
    internal static string InsertContentFilesSql(string sha, string kinds, string names, string formats, string sizes, string from = " FROM ") =>
        "INSERT INTO mailbox_content_files (content_sha256, ordinal, document_kind, filename, encoding_format, size_bytes) " +
        $"SELECT {sha}, u.o::int, u.k, u.n, u.f, u.s{from}unnest({kinds}::text[], {names}::text[], {formats}::text[], {sizes}::bigint[]) " +
        "WITH ORDINALITY AS u(k, n, f, s, o) ON CONFLICT DO NOTHING";

    internal static string InsertMessageSql(ParameterList p, NewMessageRow m, string sha, string from)
    {
        var mailbox = p.Add(Sql.Text(m.MailboxId));
        var uuid = p.Add(Sql.Uuid(m.MessageUuid));
        // A new thread needs no look-up (most deliveries); a reply joins the thread of the message it answers.
        string thread;
        if (m.ReplyTo is { } replyToUuid)
        {
            var replyTo = p.Add(Sql.Uuid(replyToUuid));
            thread = $"COALESCE((SELECT t.thread_id FROM mailbox_messages t WHERE t.mailbox_id = {mailbox} AND t.message_uuid = {replyTo}), {replyTo})";
        }
        else
        {
            thread = uuid;
        }

        return "INSERT INTO mailbox_messages (mailbox_id, message_uuid, direction, folder_id, sender_id, sender_label, sender_kind, recipient_id, recipient_id_type, " +
            "recipient_label, label, search_text, received_at, unread, legal_notification, reply_allowed, reply_by, private_platform, thread_id, content_sha256, size_bytes, file_count) " +
            $"SELECT {mailbox}, {uuid}, {p.Add(Sql.Short((int)m.Direction))}, {p.Add(Sql.Text(m.FolderId))}, {p.Add(Sql.Text(m.SenderId))}, {p.Add(Sql.Text(m.SenderLabel))}, " +
            $"{p.Add(Sql.Short((int)m.SenderKind))}, {p.Add(Sql.Text(m.RecipientId))}, {p.Add(Sql.Text(m.RecipientIdType))}, {p.Add(Sql.Text(m.RecipientLabel))}, " +
            $"{p.Add(Sql.Text(m.Label))}, {p.Add(Sql.Text(SearchText(m.Label, m.SenderLabel)))}, {p.Add(Sql.Time(m.ReceivedAt))}, {p.Add(Sql.Bool(m.Unread))}, {p.Add(Sql.Bool(m.LegalNotification))}, {p.Add(Sql.Bool(m.ReplyAllowed))}, " +
            $"{p.Add(Sql.Time(m.ReplyBy))}, {p.Add(Sql.Short((int?)m.PrivatePlatform))}, {thread}, {sha}, {p.Add(Sql.Long(m.SizeBytes))}, {p.Add(Sql.Int(m.Files.Count))} {from}";
    }

    /// <summary>What text search matches: label and sender label, folded culture-invariantly.</summary>
    internal static string SearchText(string label, string senderLabel) => (label + "\n" + senderLabel).ToLowerInvariant();
}
