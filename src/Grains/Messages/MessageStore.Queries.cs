using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using Npgsql;

namespace DigitalPost.Grains.Messages;

public sealed partial class MessageStore
{
    public async Task<StoredMessage?> GetMessageAsync(string mailboxId, Guid messageUuid, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync(
            $"SELECT {SummaryColumns} FROM mailbox_messages WHERE mailbox_id = $1 AND message_uuid = $2",
            ReadStored,
            [Sql.Text(mailboxId), Sql.Uuid(messageUuid)],
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<byte[]> GetContentAsync(byte[] sha256, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync("SELECT data FROM mailbox_contents WHERE sha256 = $1", r => r.GetFieldValue<byte[]>(0), [Sql.Bytes(sha256)], cancellationToken).ConfigureAwait(false);
        return rows.Count == 1 ? rows[0] : throw new InvalidOperationException("Message content is missing.");
    }

    /// <summary>
    /// The files of a message, in document order, read through its content hash (file rows are
    /// stored once per content); empty when the message does not exist or has no files.
    /// </summary>
    public Task<List<FileRow>> GetFilesAsync(string mailboxId, Guid messageUuid, CancellationToken cancellationToken = default) =>
        database.QueryAsync(
            "SELECT f.document_kind, f.filename, f.encoding_format, f.size_bytes FROM mailbox_messages m " +
            "JOIN mailbox_content_files f ON f.content_sha256 = m.content_sha256 WHERE m.mailbox_id = $1 AND m.message_uuid = $2 ORDER BY f.ordinal",
            r => new FileRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3)),
            [Sql.Text(mailboxId), Sql.Uuid(messageUuid)],
            cancellationToken);

    /// <summary>
    /// A page of messages (see <see cref="MessageQuery"/>). <paramref name="platformFamily"/> filters
    /// private post to the platform it was contracted for (null: no filter). One statement: without
    /// cursors the plain page; with a cursor, the page plus whether messages lie beyond the cursors
    /// (what Relay's hasPreviousPage/hasNextPage need in both directions).
    /// </summary>
    public async Task<MessagePage> ListAsync(string mailboxId, MessageQuery query, Platform? platformFamily, int maxPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var p = new ParameterList();
        var filter = FilterOf(mailboxId, query, platformFamily, p);
        var window = new List<string>(filter);
        (DateTimeOffset At, long Seq)? after = query.After is { } a ? DecodeCursor(a) : null;
        (DateTimeOffset At, long Seq)? before = query.Before is { } b ? DecodeCursor(b) : null;
        string? afterKey = null;
        string? beforeKey = null;
        if (after is { } af)
        {
            afterKey = $"({p.Add(Sql.Time(af.At))}, {p.Add(Sql.Long(af.Seq))})";
            window.Add($"(received_at, seq) < {afterKey}");
        }

        if (before is { } bf)
        {
            beforeKey = $"({p.Add(Sql.Time(bf.At))}, {p.Add(Sql.Long(bf.Seq))})";
            window.Add($"(received_at, seq) > {beforeKey}");
        }

        var size = Math.Clamp(query.PageSize, 1, maxPageSize);
        var order = query.Backward ? "received_at ASC, seq ASC" : "received_at DESC, seq DESC";
        var pageSql = $"SELECT {SummaryColumns} FROM mailbox_messages WHERE {string.Join(" AND ", window)} ORDER BY {order} LIMIT {size + 1}";
        if (afterKey is null && beforeKey is null)
        {
            var rows = await database.QueryAsync(pageSql, ReadListed, p.Parameters, cancellationToken).ConfigureAwait(false);
            return ToPage(rows, size, query.Backward, newerBeyond: false, olderBeyond: false, query);
        }

        // Messages at or beyond a cursor (the cursor's own message belongs to the page it came from).
        var filterSql = string.Join(" AND ", filter);
        var newer = afterKey is null ? "false" : $"EXISTS (SELECT 1 FROM mailbox_messages WHERE {filterSql} AND (received_at, seq) >= {afterKey})";
        var older = beforeKey is null ? "false" : $"EXISTS (SELECT 1 FROM mailbox_messages WHERE {filterSql} AND (received_at, seq) <= {beforeKey})";
        var sql = $"WITH page AS ({pageSql}) SELECT page.*, flags.newer, flags.older FROM (SELECT {newer} AS newer, {older} AS older) flags " +
            $"LEFT JOIN page ON true ORDER BY {order.Replace("received_at", "page.received_at", StringComparison.Ordinal).Replace("seq", "page.seq", StringComparison.Ordinal)}";
        var newerBeyond = false;
        var olderBeyond = false;
        var listed = await database.QueryAsync(
            sql,
            r =>
            {
                newerBeyond = r.GetBoolean(26);
                olderBeyond = r.GetBoolean(27);
                return r.IsDBNull(0) ? ((MessageSummary Summary, long Seq)?)null : ReadListed(r);
            },
            p.Parameters,
            cancellationToken).ConfigureAwait(false);
        var found = new List<(MessageSummary Summary, long Seq)>(listed.Count);
        foreach (var row in listed)
        {
            if (row is { } listedRow)
            {
                found.Add(listedRow);
            }
        }

        return ToPage(found, size, query.Backward, newerBeyond, olderBeyond, query);
    }

    private static List<string> FilterOf(string mailboxId, MessageQuery query, Platform? platformFamily, ParameterList p)
    {
        var where = new List<string>(8) { $"mailbox_id = {p.Add(Sql.Text(mailboxId))}" };
        if (query.FolderId is { } folder)
        {
            where.Add($"folder_id = {p.Add(Sql.Text(folder))}");
        }

        if (query.Unread is { } unread)
        {
            where.Add($"unread = {p.Add(Sql.Bool(unread))}");
        }

        if (query.SenderId is { } sender)
        {
            where.Add($"sender_id = {p.Add(Sql.Text(sender))}");
        }

        if (query.From is { } from)
        {
            where.Add($"received_at >= {p.Add(Sql.Time(from))}");
        }

        if (query.To is { } to)
        {
            where.Add($"received_at < {p.Add(Sql.Time(to))}");
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var pattern = p.Add(Sql.Text("%" + EscapeLike(query.Text.Trim().ToLowerInvariant()) + "%"));
            where.Add($"search_text LIKE {pattern}");
        }

        if (query.ThreadId is { } thread)
        {
            // The same rows as thread_id = T, written so the partial index of replies (Migrations/0002)
            // serves it: the thread's first message is found by its key, the replies by the index.
            var t = p.Add(Sql.Uuid(thread));
            where.Add($"thread_id = {t} AND (message_uuid = {t} OR thread_id <> message_uuid)");
        }

        if (query.MessageUuids is { } uuids)
        {
            where.Add($"message_uuid = ANY({p.Add(Sql.P(uuids.ToArray(), NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Uuid))})");
        }

        if (platformFamily is { } platform)
        {
            where.Add($"(private_platform IS NULL OR private_platform = {p.Add(Sql.Short((int)platform))})");
        }

        return where;
    }

    /// <summary>
    /// Trims the extra row that says the window goes on, restores newest-first order for a backward
    /// page, and sets the cursors: older messages beyond the page → <see cref="MessagePage.NextCursor"/>,
    /// newer ones → <see cref="MessagePage.PreviousCursor"/>. On an empty page the cursor that bounded
    /// the window continues it.
    /// </summary>
    private static MessagePage ToPage(List<(MessageSummary Summary, long Seq)> rows, int size, bool backward, bool newerBeyond, bool olderBeyond, MessageQuery query)
    {
        var more = rows.Count > size;
        var count = more ? size : rows.Count;
        var items = new MessageSummary[count];
        var cursors = new string[count];
        for (var i = 0; i < count; i++)
        {
            var row = rows[backward ? count - 1 - i : i];
            items[i] = row.Summary;
            cursors[i] = EncodeCursor(row.Summary.ReceivedAt, row.Seq);
        }

        var hasOlder = (!backward && more) || olderBeyond;
        var hasNewer = (backward && more) || newerBeyond;
        var next = hasOlder ? (count > 0 ? cursors[count - 1] : query.Before) : null;
        var previous = hasNewer ? (count > 0 ? cursors[0] : query.After) : null;
        return new MessagePage(items, next, previous, cursors);
    }

    private static (MessageSummary Summary, long Seq) ReadListed(NpgsqlDataReader r) => (ReadSummary(r), r.GetInt64(25));

    public async Task<long> CountUnreadAsync(string mailboxId, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync(
            "SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1 AND unread AND folder_id <> 'deleted'",
            r => r.GetInt64(0), [Sql.Text(mailboxId)], cancellationToken).ConfigureAwait(false);
        return rows[0];
    }

    public Task<List<SenderRegistration>> ListSendersAsync(string mailboxId, IReadOnlySet<string> consents, CancellationToken cancellationToken = default) =>
        database.QueryAsync(
            "SELECT sender_id, max(sender_label), sender_kind, count(*), max(received_at) FROM mailbox_messages " +
            "WHERE mailbox_id = $1 AND direction = 0 GROUP BY sender_id, sender_kind ORDER BY max(received_at) DESC",
            r => new SenderRegistration(r.GetString(0), r.GetString(1), (SenderKind)r.GetInt16(2), r.GetInt64(3), r.GetFieldValue<DateTimeOffset>(4), consents.Contains(r.GetString(0))),
            [Sql.Text(mailboxId)],
            cancellationToken);

    public Task<List<HeldMessage>> ListHeldAsync(string mailboxId, DateOnly? releaseBy, CancellationToken cancellationToken = default) =>
        database.QueryAsync(
            "SELECT message_uuid, sender_id, sender_kind, private_platform, content_sha256, recipient_id_type, recipient_label, release_on " +
            "FROM mailbox_held_messages WHERE mailbox_id = $1 AND ($2::date IS NULL OR release_on <= $2) ORDER BY release_on",
            r => new HeldMessage(r.GetGuid(0), r.GetString(1), (SenderKind)r.GetInt16(2), Sql.NullableShort(r, 3) is { } pl ? (Platform)pl : null,
                r.GetFieldValue<byte[]>(4), r.GetString(5), Sql.NullableText(r, 6), r.GetFieldValue<DateOnly>(7)),
            [Sql.Text(mailboxId), Sql.P(releaseBy, NpgsqlTypes.NpgsqlDbType.Date)],
            cancellationToken);

    public async Task<DateTimeOffset?> EarliestDeletedAtAsync(string mailboxId, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync(
            "SELECT min(deleted_at) FROM mailbox_messages WHERE mailbox_id = $1 AND deleted_at IS NOT NULL",
            r => Sql.NullableTime(r, 0), [Sql.Text(mailboxId)], cancellationToken).ConfigureAwait(false);
        return rows[0];
    }

    /// <summary>Unopened received messages since <paramref name="since"/> (for forwarding to print on exemption).</summary>
    public Task<List<StoredMessage>> ListUnopenedSinceAsync(string mailboxId, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        database.QueryAsync(
            $"SELECT {SummaryColumns} FROM mailbox_messages WHERE mailbox_id = $1 AND direction = 0 AND first_read_at IS NULL AND received_at >= $2 AND folder_id <> 'deleted'",
            ReadStored, [Sql.Text(mailboxId), Sql.Time(since)], cancellationToken);

    internal static StoredMessage ReadStored(NpgsqlDataReader r) =>
        new(ReadSummary(r), r.GetFieldValue<byte[]>(21), r.GetString(22), Sql.NullableText(r, 23), (SenderKind)r.GetInt16(24));

    /// <summary>The summary of a row (columns 0–20 and 24 of <see cref="SummaryColumns"/>).</summary>
    internal static MessageSummary ReadSummary(NpgsqlDataReader r) =>
        new(
            r.GetGuid(0),
            (MessageDirection)r.GetInt16(1),
            r.GetString(2),
            r.GetString(3),
            r.GetString(4),
            r.GetString(5),
            r.GetString(6),
            r.GetFieldValue<DateTimeOffset>(7),
            r.GetBoolean(8),
            Sql.NullableTime(r, 9),
            Sql.NullableText(r, 10),
            Sql.NullableShort(r, 11) is { } readOn ? (Platform)readOn : null,
            r.GetBoolean(12),
            Sql.NullableTime(r, 13),
            r.GetBoolean(14),
            Sql.NullableTime(r, 15),
            Sql.NullableTime(r, 16),
            Sql.NullableShort(r, 17) is { } pp ? (Platform)pp : null,
            r.GetGuid(18),
            r.GetInt64(19),
            r.GetInt32(20),
            (SenderKind)r.GetInt16(24));

    private static string EscapeLike(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static string EncodeCursor(DateTimeOffset at, long seq) => $"{at.UtcTicks}.{seq}";

    private static (DateTimeOffset At, long Seq) DecodeCursor(string cursor)
    {
        var dot = cursor.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !long.TryParse(cursor.AsSpan(0, dot), out var ticks) || !long.TryParse(cursor.AsSpan(dot + 1), out var seq))
        {
            throw new MailboxActionException(MailboxErrorCode.InvalidRequest, "The paging cursor is not valid.");
        }

        return (new DateTimeOffset(ticks, TimeSpan.Zero), seq);
    }
}
