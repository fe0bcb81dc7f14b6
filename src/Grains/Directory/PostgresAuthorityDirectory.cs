using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Registry;
using Npgsql;

namespace DigitalPost.Grains.AuthorityDirectory;

/// <summary>The authority directory on PostgreSQL (tables written by <see cref="AuthorityDirectorySeeder"/>).</summary>
public sealed class PostgresAuthorityDirectory(DataSourceProvider dataSource) : IAuthorityDirectory
{
    private const string AuthorityColumns = "id, name, kind, cvr, municipality_code, region_code";

    /// <inheritdoc />
    public Task<Authority?> GetAsync(AuthorityId id, CancellationToken cancellationToken = default) =>
        ReadAuthorityAsync($"SELECT {AuthorityColumns} FROM authority WHERE id = $1", new NpgsqlParameter<string> { TypedValue = id.Value }, cancellationToken);

    /// <inheritdoc />
    public Task<Authority?> GetMunicipalityAsync(int municipalityCode, CancellationToken cancellationToken = default) =>
        ReadAuthorityAsync(
            $"SELECT {AuthorityColumns} FROM authority WHERE municipality_code = $1 AND kind = {(int)AuthorityKind.Municipality}",
            new NpgsqlParameter<short> { TypedValue = checked((short)municipalityCode) },
            cancellationToken);

    /// <inheritdoc />
    public async Task<ContactPoint?> GetContactPointAsync(AuthorityId id, string contactPointId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contactPointId);
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var points = await ReadContactPointsAsync(connection, id.Value, contactPointId, cancellationToken).ConfigureAwait(false);
        return points.Count == 0 ? null : points[0];
    }

    /// <inheritdoc />
    public async Task<AuthoritySearchPage> SearchAsync(AuthoritySearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentOutOfRangeException.ThrowIfNegative(search.Offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(search.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(search.Limit, AuthoritySearch.MaxLimit);
        var folded = AuthorityNameFolding.Folded(search.Text ?? string.Empty);
        var stripped = AuthorityNameFolding.Stripped(search.Text ?? string.Empty);
        var foldedWords = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var strippedWords = stripped.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // Folding only replaces letters within words, so both spellings have the same words in the same order.
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var command = source.CreateCommand(
            """
            SELECT id, name, kind, cvr, count(*) OVER () AS total FROM (
                SELECT a.id, a.name, a.kind, a.cvr, a.name_folded,
                    CASE
                        WHEN $1 = '' THEN 3
                        WHEN a.name_folded = $1 OR a.name_stripped = $2 THEN 0
                        WHEN a.name_folded LIKE $1 || '%' OR a.name_stripped LIKE $2 || '%' THEN 1
                        WHEN a.name_folded LIKE '% ' || $1 || '%' OR a.name_stripped LIKE '% ' || $2 || '%' THEN 2
                        ELSE 3
                    END AS rank
                FROM authority a
                WHERE ($5::smallint IS NULL OR a.kind = $5)
                  AND NOT EXISTS (
                      SELECT 1 FROM unnest($3::text[], $4::text[]) AS w(folded, stripped)
                      WHERE strpos(a.name_folded, w.folded) = 0 AND strpos(a.name_stripped, w.stripped) = 0)
            ) matches
            ORDER BY rank, name_folded, id
            OFFSET $6 LIMIT $7
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = folded });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stripped });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = foldedWords });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = strippedWords });
        command.Parameters.Add(new NpgsqlParameter<short?> { TypedValue = (short?)search.Kind });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = search.Offset });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = search.Limit });
        var items = new List<AuthoritySummary>();
        long total = -1;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(new AuthoritySummary(AuthorityId.Parse(reader.GetString(0)), reader.GetString(1), (AuthorityKind)reader.GetInt16(2), Cvr.Parse(reader.GetString(3))));
                total = reader.GetInt64(4);
            }
        }

        if (total < 0 && search.Offset > 0)
        {
            // Past the last page the window count is not available: count on its own.
            var all = await SearchAsync(search with { Offset = 0, Limit = 1 }, cancellationToken).ConfigureAwait(false);
            total = all.TotalCount;
        }

        return new AuthoritySearchPage(items, (int)Math.Max(total, 0), search.Offset, search.Limit);
    }

    private async Task<Authority?> ReadAuthorityAsync(string sql, NpgsqlParameter parameter, CancellationToken cancellationToken)
    {
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        Authority authority;
        await using (var command = new NpgsqlCommand(sql, connection))
        {
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            authority = new Authority(
                AuthorityId.Parse(reader.GetString(0)),
                reader.GetString(1),
                (AuthorityKind)reader.GetInt16(2),
                Cvr.Parse(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetInt16(4),
                reader.IsDBNull(5) ? null : reader.GetInt16(5),
                []);
        }

        return authority with { ContactPoints = await ReadContactPointsAsync(connection, authority.Id.Value, null, cancellationToken).ConfigureAwait(false) };
    }

    private static async Task<List<ContactPoint>> ReadContactPointsAsync(NpgsqlConnection connection, string authorityId, string? contactPointId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT p.id, p.name, p.description, p.citizen_max_attachment_bytes, p.business_max_attachment_bytes,
                   coalesce(array_agg(c.id ORDER BY c.position) FILTER (WHERE c.id IS NOT NULL), '{}'),
                   coalesce(array_agg(c.name ORDER BY c.position) FILTER (WHERE c.id IS NOT NULL), '{}')
            FROM authority_contact_point p
            LEFT JOIN authority_contact_point_category c ON c.authority_id = p.authority_id AND c.contact_point_id = p.id
            WHERE p.authority_id = $1 AND ($2::text IS NULL OR p.id = $2)
            GROUP BY p.authority_id, p.id
            ORDER BY p.position
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = authorityId });
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = contactPointId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var points = new List<ContactPoint>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var ids = reader.GetFieldValue<string[]>(5);
            var names = reader.GetFieldValue<string[]>(6);
            points.Add(new ContactPoint(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                new AttachmentLimits(reader.GetInt64(3), reader.GetInt64(4)),
                ids.Zip(names, (id, name) => new ContactPointCategory(id, name)).ToArray()));
        }

        return points;
    }
}
