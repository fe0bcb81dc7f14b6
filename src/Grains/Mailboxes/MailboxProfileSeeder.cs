using System.Globalization;
using System.Text.Json;
using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Messages;
using DigitalPost.Grains.Seeding;
using DigitalPost.Runtime;
using Microsoft.Extensions.Options;
using NpgsqlTypes;

namespace DigitalPost.Grains.Mailboxes;

/// <summary>
/// Bulk-writes seeded exemptions and delegations straight into the citizen mailboxes' profile state
/// (and the grant index), a batch per statement, merging with profiles already stored. Meant for
/// seeding before the silo serves: an activation holding an older profile would be fenced by its
/// ETag on its next write.
/// </summary>
public sealed class MailboxProfileSeeder(MailboxDatabase database, IOptions<GrainRuntimeOptions> runtimeOptions, IAuthorityDirectory? directory = null) : IMailboxProfileSeeder
{
    private const string GrainType = "citizen-mailbox";
    private const string StateName = "profile";
    private readonly JsonSerializerOptions _json = runtimeOptions.Value.JsonSerializerOptions;
    private readonly Dictionary<int, string> _municipalities = [];

    public async Task WriteExemptionsAsync(IReadOnlyList<SeedExemption> exemptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exemptions);
        var profiles = await ReadAsync(exemptions.Select(e => e.Cpr), cancellationToken).ConfigureAwait(false);
        foreach (var exemption in exemptions)
        {
            var state = profiles[MailboxId.ForCitizen(exemption.Cpr).Value];
            var registeredAt = new DateTimeOffset(exemption.RegisteredOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            state.Exemption = new ExemptionRecord(await MunicipalityAsync(exemption.MunicipalityCode, cancellationToken).ConfigureAwait(false), Map(exemption.Criterion), registeredAt, []);
        }

        await WriteAsync(profiles, [], cancellationToken).ConfigureAwait(false);
    }

    public async Task WriteDelegationsAsync(IReadOnlyList<SeedDelegation> delegations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delegations);
        var profiles = await ReadAsync(delegations.Select(d => d.Owner), cancellationToken).ConfigureAwait(false);
        var grants = new List<(string Mailbox, DelegationGrant Grant)>(delegations.Count);
        foreach (var delegation in delegations)
        {
            var mailbox = MailboxId.ForCitizen(delegation.Owner).Value;
            var state = profiles[mailbox];
            if (state.Grants.Any(g => g.Kind == GrantKind.Delegate && g.DelegateCpr == delegation.Delegate.Value))
            {
                continue;
            }

            var grant = new DelegationGrant(
                Guid.NewGuid(),
                delegation.Delegate.Value,
                delegation.Access == SeedDelegationAccess.ReadAndWrite ? AccessLevel.ReadWrite : AccessLevel.Read,
                GrantKind.Delegate,
                new DateTimeOffset(delegation.GrantedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                delegation.ExpiresOn is { } expires ? new DateTimeOffset(expires.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                false);
            state.Grants.Add(grant);
            grants.Add((mailbox, grant));
        }

        await WriteAsync(profiles, grants, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Dictionary<string, MailboxState>> ReadAsync(IEnumerable<Cpr> owners, CancellationToken cancellationToken)
    {
        var keys = owners.Select(c => MailboxId.ForCitizen(c).Value).Distinct(StringComparer.Ordinal).ToArray();
        var stored = await database.QueryAsync(
            "SELECT grain_key, data FROM grain_state WHERE grain_type = $1 AND state_name = $2 AND grain_key = ANY($3)",
            r => (Key: r.GetString(0), Data: r.GetFieldValue<byte[]>(1)),
            [Sql.Text(GrainType), Sql.Text(StateName), Sql.P(keys, NpgsqlDbType.Array | NpgsqlDbType.Text)],
            cancellationToken).ConfigureAwait(false);
        var profiles = keys.ToDictionary(k => k, _ => new MailboxState { Created = true }, StringComparer.Ordinal);
        foreach (var (key, data) in stored)
        {
            profiles[key] = JsonSerializer.Deserialize<MailboxState>(data, _json) ?? new MailboxState();
        }

        return profiles;
    }

    private async Task WriteAsync(Dictionary<string, MailboxState> profiles, List<(string Mailbox, DelegationGrant Grant)> grants, CancellationToken cancellationToken)
    {
        var keys = profiles.Keys.ToArray();
        var data = keys.Select(k => JsonSerializer.SerializeToUtf8Bytes(profiles[k], _json)).ToArray();
        var commands = new List<Npgsql.NpgsqlBatchCommand>
        {
            Sql.Command(
                "INSERT INTO grain_state (grain_type, grain_key, state_name, data, updated_at) SELECT $1, k, $2, d, now() FROM unnest($3::text[], $4::bytea[]) AS u(k, d) " +
                "ON CONFLICT (grain_type, grain_key, state_name) DO UPDATE SET data = excluded.data, etag = nextval('grain_state_etag_seq'), updated_at = now()",
                Sql.Text(GrainType), Sql.Text(StateName), Sql.P(keys, NpgsqlDbType.Array | NpgsqlDbType.Text), Sql.P(data, NpgsqlDbType.Array | NpgsqlDbType.Bytea)),
        };
        if (grants.Count > 0)
        {
            commands.Add(Sql.Command(
                "INSERT INTO mailbox_access_grants (grantee_cpr, mailbox_id, grant_id, kind, level, expires_at, notify) " +
                "SELECT g, m, i, $4, l, e, false FROM unnest($1::text[], $2::text[], $3::uuid[], $5::smallint[], $6::timestamptz[]) AS u(g, m, i, l, e) ON CONFLICT DO NOTHING",
                Sql.P(grants.Select(g => g.Grant.DelegateCpr).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
                Sql.P(grants.Select(g => g.Mailbox).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
                Sql.P(grants.Select(g => g.Grant.GrantId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid),
                Sql.Short((int)GrantKind.Delegate),
                Sql.P(grants.Select(g => (short)g.Grant.Level).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Smallint),
                Sql.P(grants.Select(g => (object?)g.Grant.ExpiresAt ?? DBNull.Value).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.TimestampTz)));
        }

        await database.ExecuteAsync(commands, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> MunicipalityAsync(int code, CancellationToken cancellationToken)
    {
        if (_municipalities.TryGetValue(code, out var id))
        {
            return id;
        }

        var found = directory is null ? null : await directory.GetMunicipalityAsync(code, cancellationToken).ConfigureAwait(false);
        id = found?.Id.Value ?? string.Create(CultureInfo.InvariantCulture, $"kommune-{code:000}");
        _municipalities[code] = id;
        return id;
    }

    private static ExemptionCriterion Map(SeedExemptionCriterion criterion) => criterion switch
    {
        SeedExemptionCriterion.PhysicalOrMentalDisability => ExemptionCriterion.PhysicalOrMentalDisability,
        SeedExemptionCriterion.NoComputerSmartphoneOrTablet => ExemptionCriterion.NoComputerSmartphoneOrTabletAtHome,
        SeedExemptionCriterion.LeftDenmarkPermanently => ExemptionCriterion.LeftDenmarkPermanently,
        SeedExemptionCriterion.NoPermanentAddressInDenmark => ExemptionCriterion.NoPermanentAddressInDenmark,
        SeedExemptionCriterion.LimitedCommandOfDanish => ExemptionCriterion.LimitedCommandOfDanish,
        SeedExemptionCriterion.DifficultyObtainingEid => ExemptionCriterion.PracticalDifficultiesObtainingEid,
        SeedExemptionCriterion.NoAdequateInternetConnection => ExemptionCriterion.NoInternetConnectionOfAtLeast512Kbits,
        _ => ExemptionCriterion.OtherSpecialCircumstances,
    };
}
