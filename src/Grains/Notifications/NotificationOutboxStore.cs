using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Registry;
using Npgsql;
using NpgsqlTypes;

namespace DigitalPost.Grains.Notifications;

/// <summary>
/// The outbox's SQL. Every state change after a claim is fenced by the lease: it applies only while
/// the row is still pending and leased to the dispatcher that claimed it, so a dispatcher whose
/// lease expired (and whose row another dispatcher took) cannot overwrite the newer outcome.
/// Times come from the caller's <see cref="TimeProvider"/>, never from the server's clock.
/// </summary>
public sealed class NotificationOutboxStore(DataSourceProvider dataSource)
{
    /// <summary>Stored error texts are cut to this length.</summary>
    public const int MaxErrorLength = 2000;

    private const string Sent = "sent";
    private const string Dead = "dead";

    private const string InsertNotificationSql =
        "INSERT INTO notification (notification_id, mailbox_id, delegate_cpr, kind, message_uuid, language, created_at, enqueued_at) " +
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (notification_id) DO NOTHING";

    private const string InsertDispatchSql =
        "INSERT INTO notification_dispatch (notification_id, channel, address, subject, body, state, next_attempt_at, last_error, completed_at) " +
        "SELECT $1, r.channel, r.address, r.subject, r.body, CASE WHEN r.error IS NULL THEN 'pending' ELSE 'dead' END, $2, r.error, CASE WHEN r.error IS NULL THEN NULL ELSE $2 END " +
        "FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS r(channel, address, subject, body, error) " +
        "ON CONFLICT (notification_id, channel, address) DO NOTHING";

    private const string ClaimSql =
        "WITH due AS (" +
        " SELECT dispatch_id FROM notification_dispatch" +
        " WHERE state = 'pending' AND next_attempt_at <= $1 AND (lease_expires_at IS NULL OR lease_expires_at <= $1)" +
        " ORDER BY next_attempt_at, dispatch_id LIMIT $2 FOR UPDATE SKIP LOCKED) " +
        "UPDATE notification_dispatch d SET lease_owner = $3, lease_expires_at = $4, attempts = d.attempts + 1 " +
        "FROM due, notification n " +
        "WHERE d.dispatch_id = due.dispatch_id AND n.notification_id = d.notification_id " +
        "RETURNING d.dispatch_id, d.notification_id, n.kind, d.channel, d.address, d.subject, d.body, d.attempts";

    private const string LeaseFence = " WHERE dispatch_id = $1 AND state = 'pending' AND lease_owner = $2";

    /// <summary>
    /// Inserts the notification and its rows in one transaction; false (and nothing written) when
    /// a notification with this id exists already.
    /// </summary>
    public async Task<bool> EnqueueAsync(NotificationRow notification, IReadOnlyList<DispatchRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(rows);
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var insert = new NpgsqlCommand(InsertNotificationSql, connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = notification.NotificationId });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = notification.MailboxId });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)notification.DelegateCpr ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = notification.Kind });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)notification.MessageUuid ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = notification.Language });
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = notification.CreatedAt });
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = notification.EnqueuedAt });
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return false;
            }
        }

        await InsertRowsAsync(connection, transaction, notification.NotificationId, notification.EnqueuedAt, rows, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Claims up to <paramref name="limit"/> due rows for <paramref name="owner"/> until <paramref name="leaseUntil"/>, counting an attempt on each.</summary>
    public async Task<IReadOnlyList<ClaimedDispatch>> ClaimAsync(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var command = source.CreateCommand(ClaimSql);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = owner });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = leaseUntil });
        var claimed = new List<ClaimedDispatch>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            claimed.Add(new ClaimedDispatch(
                reader.GetInt64(0),
                reader.GetGuid(1),
                Enum.Parse<NotificationKind>(reader.GetString(2)),
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetString(6),
                reader.GetInt32(7)));
        }

        // RETURNING has no defined order; dispatch in row (enqueue) order.
        claimed.Sort((a, b) => a.DispatchId.CompareTo(b.DispatchId));
        return claimed;
    }

    /// <summary>Marks a claimed row sent; false when the lease was lost meanwhile.</summary>
    public Task<bool> MarkSentAsync(long dispatchId, string owner, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateFencedAsync(
            $"UPDATE notification_dispatch SET state = '{Sent}', completed_at = $3, lease_owner = NULL, lease_expires_at = NULL, last_error = NULL" + LeaseFence,
            dispatchId, owner, now, null, cancellationToken);

    /// <summary>Records a failed attempt and when to try again; false when the lease was lost meanwhile.</summary>
    public Task<bool> ScheduleRetryAsync(long dispatchId, string owner, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) =>
        UpdateFencedAsync(
            $"UPDATE notification_dispatch SET next_attempt_at = $3, last_error = $4, lease_owner = NULL, lease_expires_at = NULL" + LeaseFence,
            dispatchId, owner, nextAttemptAt, Truncate(error), cancellationToken);

    /// <summary>Gives up on a claimed row, keeping the last error; false when the lease was lost meanwhile.</summary>
    public Task<bool> DeadLetterAsync(long dispatchId, string owner, DateTimeOffset now, string error, CancellationToken cancellationToken) =>
        UpdateFencedAsync(
            $"UPDATE notification_dispatch SET state = '{Dead}', completed_at = $3, last_error = $4, lease_owner = NULL, lease_expires_at = NULL" + LeaseFence,
            dispatchId, owner, now, Truncate(error), cancellationToken);

    /// <summary>
    /// Replaces a claimed delegate row by rows for the delegate's own channels, in one transaction:
    /// the new rows are inserted (a repeat inserts nothing twice) and the delegate row is marked
    /// sent. False, with nothing written, when the lease was lost meanwhile.
    /// </summary>
    public async Task<bool> ExpandDelegateAsync(ClaimedDispatch delegateRow, string owner, DateTimeOffset now, IReadOnlyList<DispatchRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delegateRow);
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var mark = new NpgsqlCommand(
            $"UPDATE notification_dispatch SET state = '{Sent}', completed_at = $3, lease_owner = NULL, lease_expires_at = NULL" + LeaseFence, connection, transaction))
        {
            AddFenceParameters(mark, delegateRow.DispatchId, owner, now, null);
            if (await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return false;
            }
        }

        await InsertRowsAsync(connection, transaction, delegateRow.NotificationId, now, rows, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Deletes notifications enqueued before <paramref name="cutoff"/> whose rows are all finished
    /// (sent or dead-lettered) before it, with their rows; returns how many notifications went.
    /// </summary>
    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var command = source.CreateCommand(
            "DELETE FROM notification n WHERE n.enqueued_at < $1 AND NOT EXISTS (" +
            "SELECT 1 FROM notification_dispatch d WHERE d.notification_id = n.notification_id AND (d.state = 'pending' OR d.completed_at >= $1))");
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = cutoff });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task InsertRowsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid notificationId, DateTimeOffset dueAt, IReadOnlyList<DispatchRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var insert = new NpgsqlCommand(InsertDispatchSql, connection, transaction);
        insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = notificationId });
        insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = dueAt });
        insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(r => r.Channel)] });
        insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(r => r.Address)] });
        insert.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = [.. rows.Select(r => r.Subject)] });
        insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(r => r.Body)] });
        insert.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = [.. rows.Select(r => r.Error is null ? null : Truncate(r.Error))] });
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> UpdateFencedAsync(string sql, long dispatchId, string owner, DateTimeOffset at, string? error, CancellationToken cancellationToken)
    {
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var command = source.CreateCommand(sql);
        AddFenceParameters(command, dispatchId, owner, at, error);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static void AddFenceParameters(NpgsqlCommand command, long dispatchId, string owner, DateTimeOffset at, string? error)
    {
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = dispatchId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = owner });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = at });
        if (error is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = error });
        }
    }

    private static string Truncate(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
}
