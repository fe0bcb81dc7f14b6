using System.Globalization;
using System.Text;
using Npgsql;

namespace DigitalPost.Benchmarks.MassSend;

/// <summary>
/// Where a phase's cluster time went, statement by statement (<c>--statement-stats</c>): the private
/// cluster preloads <c>pg_stat_statements</c>, each phase starts from a reset, and the report lists the
/// statements with the most execution time, with the buffers they hit and read and the WAL they wrote.
/// A profile by statement is what decides which part of a batch to make cheaper.
/// </summary>
internal static class StatementStats
{
    public const string Preload = "shared_preload_libraries=pg_stat_statements";
    public const string TrackPlanning = "pg_stat_statements.track_planning=on";

    public static async Task ResetAsync(NpgsqlDataSource dataSource)
    {
        await using var create = dataSource.CreateCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        await create.ExecuteNonQueryAsync();
        await using var reset = dataSource.CreateCommand("SELECT pg_stat_statements_reset()");
        await reset.ExecuteNonQueryAsync();
    }

    /// <summary>The <paramref name="top"/> statements by total execution time, per recipient of the phase.</summary>
    public static async Task<string> ReportAsync(NpgsqlDataSource dataSource, long recipients, int top = 10)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT calls, total_exec_time, total_plan_time, shared_blks_hit, shared_blks_read, wal_bytes, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) " +
            "FROM pg_stat_statements ORDER BY total_exec_time + total_plan_time DESC LIMIT $1");
        command.Parameters.Add(new NpgsqlParameter { Value = top });
        await using var reader = await command.ExecuteReaderAsync();
        var n = (double)Math.Max(1, recipients);
        var text = new StringBuilder();
        text.AppendLine("  exec µs/rcpt | plan µs/rcpt | calls | blks hit/rcpt | blks read/rcpt | WAL B/rcpt | statement");
        while (await reader.ReadAsync())
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"  {reader.GetDouble(1) * 1000 / n,12:F2} | {reader.GetDouble(2) * 1000 / n,12:F2} | {reader.GetInt64(0),5} | {reader.GetInt64(3) / n,13:F2} | {reader.GetInt64(4) / n,14:F2} | {Convert.ToDouble(reader.GetValue(5), CultureInfo.InvariantCulture) / n,10:F0} | {reader.GetString(6)}"));
        }

        return text.ToString();
    }
}
