using Npgsql;

namespace DigitalPost.Grains.Tests.Seeding;

internal static class SeedChecksum
{
    /// <summary>An md5 over every registry row in key order: equal checksums mean equal rows.</summary>
    public static async Task<string> OfAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT md5(
                (SELECT coalesce(string_agg(p::text, '|' ORDER BY p.cpr), '') FROM person p) || '#' ||
                (SELECT coalesce(string_agg(c::text, '|' ORDER BY c.cvr), '') FROM company c) || '#' ||
                (SELECT coalesce(string_agg(x::text, '|' ORDER BY x.cvr, x.cpr, x.role), '') FROM company_person x))
            """);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
