using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Messages;
using Npgsql;

namespace DigitalPost.Grains.Mailboxes;

/// <summary>
/// The index of who can open which mailbox besides their own (table <c>mailbox_access_grants</c>).
/// The mailbox grain owning a grant is the truth; it writes the index in the same batch as the
/// grant's access-log entry, so "Mailboxes I can open" is one query.
/// </summary>
public sealed class AccessGrantIndex(MailboxDatabase database)
{
    public static NpgsqlBatchCommand UpsertCommand(string mailboxId, DelegationGrant grant) => Sql.Command(
        "INSERT INTO mailbox_access_grants (grantee_cpr, mailbox_id, grant_id, kind, level, expires_at, notify) VALUES ($1, $2, $3, $4, $5, $6, $7) " +
        "ON CONFLICT (grantee_cpr, mailbox_id, grant_id) DO UPDATE SET level = excluded.level, expires_at = excluded.expires_at, notify = excluded.notify",
        Sql.Text(grant.DelegateCpr), Sql.Text(mailboxId), Sql.Uuid(grant.GrantId), Sql.Short((int)grant.Kind), Sql.Short((int)grant.Level), Sql.Time(grant.ExpiresAt), Sql.Bool(grant.NotifyDelegate));

    public static NpgsqlBatchCommand RemoveCommand(string mailboxId, Guid grantId) => Sql.Command(
        "DELETE FROM mailbox_access_grants WHERE mailbox_id = $1 AND grant_id = $2", Sql.Text(mailboxId), Sql.Uuid(grantId));

    public static NpgsqlBatchCommand RemoveAllCommand(string mailboxId, GrantKind? kind = null) => Sql.Command(
        "DELETE FROM mailbox_access_grants WHERE mailbox_id = $1 AND ($2::smallint IS NULL OR kind = $2)", Sql.Text(mailboxId), Sql.Short((int?)kind));

    /// <summary>Every mailbox <paramref name="person"/> can open at <paramref name="now"/>: their own first, then grants.</summary>
    public async Task<IReadOnlyList<OpenableMailbox>> ListAsync(Cpr person, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var grants = await database.QueryAsync(
            "SELECT mailbox_id, kind, level, expires_at, grant_id, notify FROM mailbox_access_grants WHERE grantee_cpr = $1 AND (expires_at IS NULL OR expires_at > $2) ORDER BY kind, mailbox_id",
            r => new OpenableMailbox(MailboxId.Parse(r.GetString(0)), (GrantKind)r.GetInt16(1), (AccessLevel)r.GetInt16(2), Sql.NullableTime(r, 3), r.GetGuid(4), r.GetBoolean(5)),
            [Sql.Text(person.Value), Sql.Time(now)],
            cancellationToken).ConfigureAwait(false);
        var all = new List<OpenableMailbox>(grants.Count + 1) { new(MailboxId.ForCitizen(person), null, AccessLevel.Owner, null) };
        all.AddRange(grants);
        return all;
    }
}
