using System.Text.Json;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Notifications;
using Npgsql;
using NpgsqlTypes;

namespace DigitalPost.Grains.MassSend;

/// <summary>
/// Hands the new-post notifications that delivery batches committed (<c>mass_send_notifications</c>)
/// to the notification outbox, then removes them. The outbox is idempotent by notification id, so a
/// crash between the enqueue and the removal notifies once; the outbox's dispatcher sends them at
/// its configured rate (<c>Notifications:NotificationsPerSecond</c>).
/// </summary>
public sealed class MassSendNotificationDrain(MassSendContext context, INotificationOutbox outbox)
{
    // The text is checked for personal data by the outbox and replaced by its template.
    private const string NewPostText = "Du har modtaget ny post i Digital Post.";
    private const string NewLegalPostText = "Du har modtaget post i Digital Post, som skal åbnes.";

    /// <summary>Drains until nothing is left; returns how many notifications were handed over.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        while (true)
        {
            var rows = await context.Database.QueryAsync(
                "SELECT notification_id, mailbox_id, delegate_cpr, message_uuid, legal, channels::text, created_at FROM mass_send_notifications ORDER BY created_at, notification_id LIMIT $1",
                r => (Id: r.GetGuid(0), Mailbox: r.GetString(1), Delegate: r.IsDBNull(2) ? null : r.GetString(2), Message: r.GetGuid(3), Legal: r.GetBoolean(4),
                    Channels: r.GetString(5), At: r.GetFieldValue<DateTimeOffset>(6)),
                [new NpgsqlParameter { Value = context.Options.NotificationBatchSize, NpgsqlDbType = NpgsqlDbType.Integer }],
                cancellationToken).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                return total;
            }

            foreach (var row in rows)
            {
                var kind = row.Legal ? NotificationKind.NewLegalNotification : NotificationKind.NewPost;
                var channels = JsonSerializer.Deserialize<NotificationSettings>(row.Channels, context.StateJson) ?? NotificationSettings.None;
                await outbox.EnqueueAsync(
                    new NotificationRequest(row.Id, MailboxId.Parse(row.Mailbox), row.Delegate, kind, row.Legal ? NewLegalPostText : NewPostText, row.Message, channels, row.At),
                    cancellationToken).ConfigureAwait(false);
            }

            await context.Database.ExecuteAsync(
                [new NpgsqlBatchCommand("DELETE FROM mass_send_notifications WHERE notification_id = ANY($1)")
                {
                    Parameters = { new NpgsqlParameter { Value = rows.Select(r => r.Id).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid } },
                }],
                cancellationToken).ConfigureAwait(false);
            total += rows.Count;
        }
    }
}
