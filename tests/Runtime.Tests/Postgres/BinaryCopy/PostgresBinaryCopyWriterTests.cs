using DigitalPost.Runtime.Postgres.BinaryCopy;
using DigitalPost.Testing.Postgres;
using Npgsql;

namespace DigitalPost.Runtime.Tests.Postgres.BinaryCopy;

/// <summary>
/// Rows written in PostgreSQL's binary COPY format read back as written, type by type (what the server
/// parsed, not what the writer meant), across many chunks, streamed or encoded first and sent whole; a
/// server error surfaces when the COPY completes, and a COPY left uncompleted stores nothing.
/// </summary>
public sealed class PostgresBinaryCopyWriterTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    private const string Columns = "(t text, j jsonb, b bytea, u uuid, s smallint, i integer, l bigint, f boolean, ts timestamptz)";

    [Fact]
    public async Task Every_type_reads_back_as_written_including_nulls_and_non_ascii_text()
    {
        var table = await CreateTableAsync();
        var id = Guid.Parse("0f6e2b1c-8d3a-4c59-9e7f-2a1b3c4d5e6f");
        var at = new DateTimeOffset(2026, 11, 21, 18, 30, 15, 123, TimeSpan.FromHours(1)).AddTicks(4567);
        await using (var connection = await fixture.DataSource.OpenConnectionAsync())
        {
            await using var copy = await PostgresBinaryCopyWriter.BeginAsync(connection, $"COPY {table} (t, j, b, u, s, i, l, f, ts) FROM STDIN (FORMAT BINARY)");
            var row = await copy.StartRowAsync(9);
            row.WriteText("Årsopgørelse 2025 – ✉");
            row.WriteJsonb("{\"name\": \"Søren\", \"n\": [1, 2]}");
            row.WriteBytea([0, 1, 254, 255]);
            row.WriteUuid(id);
            row.WriteInt16(-32768);
            row.WriteInt32(int.MaxValue);
            row.WriteInt64(long.MinValue);
            row.WriteBoolean(true);
            row.WriteTimestampTz(at);
            row = await copy.StartRowAsync(9);
            row.WriteText(null);
            row.WriteJsonb(null);
            row.WriteNull();
            row.WriteNull();
            row.WriteNull();
            row.WriteNull();
            row.WriteNull();
            row.WriteBoolean(false);
            row.WriteTimestampTz((DateTimeOffset?)null);
            await copy.CompleteAsync();
        }

        await using var command = fixture.DataSource.CreateCommand($"SELECT t, j::text, b, u, s, i, l, f, ts FROM {table} ORDER BY t NULLS LAST");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("Årsopgørelse 2025 – ✉", reader.GetString(0));
        Assert.Equal("{\"n\": [1, 2], \"name\": \"Søren\"}", reader.GetString(1));
        Assert.Equal(new byte[] { 0, 1, 254, 255 }, reader.GetFieldValue<byte[]>(2));
        Assert.Equal(id, reader.GetGuid(3));
        Assert.Equal((short)-32768, reader.GetInt16(4));
        Assert.Equal(int.MaxValue, reader.GetInt32(5));
        Assert.Equal(long.MinValue, reader.GetInt64(6));
        Assert.True(reader.GetBoolean(7));
        // PostgreSQL keeps microseconds: the 4,567 ticks (456.7 µs) become 456 µs.
        Assert.Equal(at.UtcDateTime.AddTicks(-7), reader.GetFieldValue<DateTimeOffset>(8).UtcDateTime);
        Assert.True(await reader.ReadAsync());
        for (var i = 0; i < 9; i++)
        {
            Assert.Equal(i != 7, reader.IsDBNull(i));
        }

        Assert.False(reader.GetBoolean(7));
        Assert.False(await reader.ReadAsync());
    }

    [Fact]
    public async Task Rows_beyond_many_chunks_all_arrive_in_order()
    {
        var table = await CreateTableAsync();
        const int rows = 20_000;
        await using (var connection = await fixture.DataSource.OpenConnectionAsync())
        {
            await using var copy = await PostgresBinaryCopyWriter.BeginAsync(connection, $"COPY {table} (t, l) FROM STDIN (FORMAT BINARY)");
            for (var i = 0; i < rows; i++)
            {
                var row = await copy.StartRowAsync(2);
                row.WriteText(new string('x', i % 50) + i);
                row.WriteInt64(i);
            }

            await copy.CompleteAsync();
        }

        Assert.True(rows * 12 > PostgresBinaryCopyWriter.ChunkSize * 3, "the rows should span several chunks");
        await using var command = fixture.DataSource.CreateCommand($"SELECT count(*), sum(l), count(*) FILTER (WHERE t = repeat('x', (l % 50)::int) || l) FROM {table}");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(rows, reader.GetInt64(0));
        Assert.Equal((long)rows * (rows - 1) / 2, reader.GetInt64(1));
        Assert.Equal(rows, reader.GetInt64(2));
    }

    [Fact]
    public async Task A_unique_violation_is_thrown_by_complete_and_the_connection_stays_usable()
    {
        var table = await CreateTableAsync();
        await using var connection = await fixture.DataSource.OpenConnectionAsync();
        await using (var index = new NpgsqlCommand($"CREATE UNIQUE INDEX ON {table} (l)", connection))
        {
            await index.ExecuteNonQueryAsync();
        }

        var copy = await PostgresBinaryCopyWriter.BeginAsync(connection, $"COPY {table} (l) FROM STDIN (FORMAT BINARY)");
        await using (copy)
        {
            foreach (var value in new long[] { 1, 2, 1 })
            {
                var row = await copy.StartRowAsync(1);
                row.WriteInt64(value);
            }

            var error = await Assert.ThrowsAsync<PostgresException>(() => copy.CompleteAsync());
            Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        }

        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_copy_disposed_without_completing_stores_nothing()
    {
        var table = await CreateTableAsync();
        await using var connection = await fixture.DataSource.OpenConnectionAsync();
        await using (var copy = await PostgresBinaryCopyWriter.BeginAsync(connection, $"COPY {table} (l) FROM STDIN (FORMAT BINARY)"))
        {
            var row = await copy.StartRowAsync(1);
            row.WriteInt64(7);
        }

        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Rows_encoded_before_the_copy_starts_are_sent_whole()
    {
        var table = await CreateTableAsync();
        using var rows = new PostgresBinaryCopyBuffer(initialBytes: 64);
        for (var i = 0; i < 1_000; i++)
        {
            rows.StartRow(2);
            rows.WriteText("row " + i);
            rows.WriteInt64(i);
        }

        Assert.Equal(1_000, rows.Rows);
        await using (var connection = await fixture.DataSource.OpenConnectionAsync())
        {
            await rows.SendAsync(connection, $"COPY {table} (t, l) FROM STDIN (FORMAT BINARY)");
        }

        await using var command = fixture.DataSource.CreateCommand($"SELECT count(*), count(*) FILTER (WHERE t = 'row ' || l) FROM {table}");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal((1_000L, 1_000L), (reader.GetInt64(0), reader.GetInt64(1)));
    }

    [Fact]
    public async Task Sending_rows_that_break_a_key_throws_the_servers_error_and_stores_none()
    {
        var table = await CreateTableAsync();
        await using var connection = await fixture.DataSource.OpenConnectionAsync();
        await using (var index = new NpgsqlCommand($"CREATE UNIQUE INDEX ON {table} (l)", connection))
        {
            await index.ExecuteNonQueryAsync();
        }

        using var rows = new PostgresBinaryCopyBuffer();
        foreach (var value in new long[] { 5, 6, 5 })
        {
            rows.StartRow(1);
            rows.WriteInt64(value);
        }

        var error = await Assert.ThrowsAsync<PostgresException>(() => rows.SendAsync(connection, $"COPY {table} (l) FROM STDIN (FORMAT BINARY)"));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
    }

    private async Task<string> CreateTableAsync()
    {
        var table = "copy_" + Guid.NewGuid().ToString("N");
        await using var command = fixture.DataSource.CreateCommand($"CREATE TABLE {table} {Columns}");
        await command.ExecuteNonQueryAsync();
        return table;
    }
}
