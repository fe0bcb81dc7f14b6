using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using Npgsql;

namespace DigitalPost.Grains.AuthorityDirectory;

/// <summary>
/// Writes the built-in <see cref="AuthorityCatalogue"/> into the directory tables: authorities are
/// upserted, and the contact points (and categories) of each catalogue authority are replaced by
/// the catalogue's. Idempotent; run at every start-up, so a changed catalogue reaches the tables
/// with the next deployment. Authorities not in the catalogue (added by other means) are left alone.
/// </summary>
public static class AuthorityDirectorySeeder
{
    /// <summary>Advisory lock key ("DPDIRSE"): silos starting together seed one after the other.</summary>
    public const long AdvisoryLockKey = 0x44504449525345;

    /// <summary>Writes <paramref name="authorities"/> (default: the catalogue) in one transaction; returns how many.</summary>
    public static async Task<int> SeedAsync(NpgsqlDataSource dataSource, IReadOnlyList<Authority>? authorities = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        authorities ??= AuthorityCatalogue.All;
        foreach (var authority in authorities)
        {
            foreach (var point in authority.ContactPoints)
            {
                if (!point.AttachmentLimits.IsWithinCeilings)
                {
                    throw new ArgumentException($"Contact point '{point.Id}' of {authority.Id} has attachment limits outside 10 MB to 60 MB (citizens) / 40 MB (businesses).", nameof(authorities));
                }
            }
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch.ConfigureAwait(false))
        {
            batch.BatchCommands.Add(Command("SELECT pg_advisory_xact_lock($1)", new NpgsqlParameter<long> { TypedValue = AdvisoryLockKey }));
            foreach (var authority in authorities)
            {
                batch.BatchCommands.Add(Command(
                    """
                    INSERT INTO authority (id, name, kind, cvr, municipality_code, region_code, name_folded, name_stripped)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, cvr = excluded.cvr,
                        municipality_code = excluded.municipality_code, region_code = excluded.region_code,
                        name_folded = excluded.name_folded, name_stripped = excluded.name_stripped
                    """,
                    new NpgsqlParameter<string> { TypedValue = authority.Id.Value },
                    new NpgsqlParameter<string> { TypedValue = authority.Name },
                    new NpgsqlParameter<short> { TypedValue = (short)authority.Kind },
                    new NpgsqlParameter<string> { TypedValue = authority.Cvr.Value },
                    new NpgsqlParameter<short?> { TypedValue = (short?)authority.MunicipalityCode },
                    new NpgsqlParameter<short?> { TypedValue = (short?)authority.RegionCode },
                    new NpgsqlParameter<string> { TypedValue = AuthorityNameFolding.Folded(authority.Name) },
                    new NpgsqlParameter<string> { TypedValue = AuthorityNameFolding.Stripped(authority.Name) }));
                batch.BatchCommands.Add(Command("DELETE FROM authority_contact_point WHERE authority_id = $1", new NpgsqlParameter<string> { TypedValue = authority.Id.Value }));
                for (var p = 0; p < authority.ContactPoints.Count; p++)
                {
                    var point = authority.ContactPoints[p];
                    batch.BatchCommands.Add(Command(
                        """
                        INSERT INTO authority_contact_point (authority_id, id, position, name, description, citizen_max_attachment_bytes, business_max_attachment_bytes)
                        VALUES ($1, $2, $3, $4, $5, $6, $7)
                        """,
                        new NpgsqlParameter<string> { TypedValue = authority.Id.Value },
                        new NpgsqlParameter<string> { TypedValue = point.Id },
                        new NpgsqlParameter<int> { TypedValue = p },
                        new NpgsqlParameter<string> { TypedValue = point.Name },
                        new NpgsqlParameter<string> { TypedValue = point.Description },
                        new NpgsqlParameter<long> { TypedValue = point.AttachmentLimits.CitizenMaxBytes },
                        new NpgsqlParameter<long> { TypedValue = point.AttachmentLimits.BusinessMaxBytes }));
                    batch.BatchCommands.Add(Command(
                        """
                        INSERT INTO authority_contact_point_category (authority_id, contact_point_id, id, position, name)
                        SELECT $1, $2, c.id, c.position - 1, c.name FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS c(id, name, position)
                        """,
                        new NpgsqlParameter<string> { TypedValue = authority.Id.Value },
                        new NpgsqlParameter<string> { TypedValue = point.Id },
                        new NpgsqlParameter<string[]> { TypedValue = point.Categories.Select(c => c.Id).ToArray() },
                        new NpgsqlParameter<string[]> { TypedValue = point.Categories.Select(c => c.Name).ToArray() }));
                }
            }

            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return authorities.Count;
    }

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }
}
