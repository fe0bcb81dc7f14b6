using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Npgsql;

namespace DigitalPost.Runtime.Postgres.BinaryCopy;

/// <summary>
/// Writes rows in PostgreSQL's binary COPY format (the "Binary Format" section of the COPY reference) into a
/// pooled buffer and sends it through Npgsql's raw binary COPY stream in large chunks. Npgsql's own
/// <see cref="NpgsqlBinaryImporter"/> resolves a type and runs an asynchronous state machine per value: at
/// millions of rows that was the largest client cost of a mass send (perf, session 5: the importer's
/// <c>Write</c> and <c>NpgsqlParameter.Write</c> about 12 % of the client's samples, for about 20 values per
/// letter). The columns' types are the caller's contract: each <c>Write…</c> method writes one binary
/// value of the named PostgreSQL type, and <see cref="StartRowAsync"/> states how many follow.
/// </summary>
/// <remarks>
/// Use: <c>await using var copy = await PostgresBinaryCopyWriter.BeginAsync(connection, "COPY t (a, b) FROM STDIN (FORMAT BINARY)", ct);</c>
/// then per row <see cref="StartRowAsync"/> and one write per column, then <see cref="CompleteAsync"/>. An error of
/// the server (a unique violation, a type mismatch) is thrown by <see cref="CompleteAsync"/> (or by a flush).
/// Disposing without completing cancels the COPY.
/// </remarks>
public sealed class PostgresBinaryCopyWriter : IAsyncDisposable
{
    /// <summary>Bytes gathered before they go to the server in one write.</summary>
    public const int ChunkSize = 64 * 1024;

    // "PGCOPY\n\377\r\n\0", then flags (int32 0: no OIDs) and the header extension's length (int32 0).
    private static readonly byte[] Header = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    // Microseconds between 0001-01-01 (DateTime ticks' origin) and PostgreSQL's epoch, 2000-01-01 UTC.
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    private readonly NpgsqlRawCopyStream _stream;
    private byte[] _buffer;
    private int _length;
    private bool _completed;

    private PostgresBinaryCopyWriter(NpgsqlRawCopyStream stream)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(ChunkSize * 2);
        Header.CopyTo(_buffer, 0);
        _length = Header.Length;
    }

    /// <summary>Starts <paramref name="copyFromStdinBinary"/> (a <c>COPY … FROM STDIN (FORMAT BINARY)</c>) on <paramref name="connection"/>.</summary>
    public static async Task<PostgresBinaryCopyWriter> BeginAsync(NpgsqlConnection connection, string copyFromStdinBinary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var stream = await connection.BeginRawBinaryCopyAsync(copyFromStdinBinary, cancellationToken).ConfigureAwait(false);
        return new PostgresBinaryCopyWriter(stream);
    }

    /// <summary>Starts a row of <paramref name="columns"/> values; sends the buffer first when a chunk is full.</summary>
    public ValueTask StartRowAsync(short columns, CancellationToken cancellationToken = default)
    {
        if (_length >= ChunkSize)
        {
            return FlushAsync(cancellationToken);
        }

        StartRow(columns);
        return ValueTask.CompletedTask;

        async ValueTask FlushAsync(CancellationToken token)
        {
            await _stream.WriteAsync(_buffer.AsMemory(0, _length), token).ConfigureAwait(false);
            _length = 0;
            StartRow(columns);
        }
    }

    /// <summary>Writes a row's field count; call through <see cref="StartRowAsync"/>, which also sends full chunks.</summary>
    private void StartRow(short columns) => BinaryPrimitives.WriteInt16BigEndian(Reserve(2), columns);

    /// <summary>SQL NULL.</summary>
    public void WriteNull() => BinaryPrimitives.WriteInt32BigEndian(Reserve(4), -1);

    /// <summary>A <c>text</c> (or <c>varchar</c>) value, UTF-8 (the private cluster's encoding); null writes NULL.</summary>
    public void WriteText(string? value)
    {
        if (value is null)
        {
            WriteNull();
            return;
        }

        var span = Reserve(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var written = Encoding.UTF8.GetBytes(value, span[4..]);
        BinaryPrimitives.WriteInt32BigEndian(span, written);
        _length -= span.Length - 4 - written;
    }

    /// <summary>A <c>jsonb</c> value: its format version (1) and the JSON text; null writes NULL.</summary>
    public void WriteJsonb(string? json)
    {
        if (json is null)
        {
            WriteNull();
            return;
        }

        var span = Reserve(5 + Encoding.UTF8.GetMaxByteCount(json.Length));
        var written = Encoding.UTF8.GetBytes(json, span[5..]);
        BinaryPrimitives.WriteInt32BigEndian(span, written + 1);
        span[4] = 1;
        _length -= span.Length - 5 - written;
    }

    /// <summary>A <c>bytea</c> value.</summary>
    public void WriteBytea(ReadOnlySpan<byte> value)
    {
        var span = Reserve(4 + value.Length);
        BinaryPrimitives.WriteInt32BigEndian(span, value.Length);
        value.CopyTo(span[4..]);
    }

    /// <summary>A <c>uuid</c> value (its 16 bytes in RFC order).</summary>
    public void WriteUuid(Guid value)
    {
        var span = Reserve(20);
        BinaryPrimitives.WriteInt32BigEndian(span, 16);
        value.TryWriteBytes(span[4..], bigEndian: true, out _);
    }

    /// <summary>A <c>smallint</c> value.</summary>
    public void WriteInt16(short value)
    {
        var span = Reserve(6);
        BinaryPrimitives.WriteInt32BigEndian(span, 2);
        BinaryPrimitives.WriteInt16BigEndian(span[4..], value);
    }

    /// <summary>An <c>integer</c> value.</summary>
    public void WriteInt32(int value)
    {
        var span = Reserve(8);
        BinaryPrimitives.WriteInt32BigEndian(span, 4);
        BinaryPrimitives.WriteInt32BigEndian(span[4..], value);
    }

    /// <summary>A <c>bigint</c> value.</summary>
    public void WriteInt64(long value)
    {
        var span = Reserve(12);
        BinaryPrimitives.WriteInt32BigEndian(span, 8);
        BinaryPrimitives.WriteInt64BigEndian(span[4..], value);
    }

    /// <summary>A <c>boolean</c> value.</summary>
    public void WriteBoolean(bool value)
    {
        var span = Reserve(5);
        BinaryPrimitives.WriteInt32BigEndian(span, 1);
        span[4] = value ? (byte)1 : (byte)0;
    }

    /// <summary>A <c>timestamptz</c> value: microseconds since 2000-01-01 UTC (sub-microsecond ticks are dropped, as PostgreSQL stores them).</summary>
    public void WriteTimestampTz(DateTimeOffset value)
    {
        var span = Reserve(12);
        BinaryPrimitives.WriteInt32BigEndian(span, 8);
        BinaryPrimitives.WriteInt64BigEndian(span[4..], (value.UtcTicks - PostgresEpochTicks) / TimeSpan.TicksPerMicrosecond);
    }

    /// <summary>A <c>timestamptz</c> value or NULL.</summary>
    public void WriteTimestampTz(DateTimeOffset? value)
    {
        if (value is { } time)
        {
            WriteTimestampTz(time);
        }
        else
        {
            WriteNull();
        }
    }

    /// <summary>Sends the rest and the trailer and ends the COPY; the server's error, if any, is thrown here.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        BinaryPrimitives.WriteInt16BigEndian(Reserve(2), -1);
        await _stream.WriteAsync(_buffer.AsMemory(0, _length), cancellationToken).ConfigureAwait(false);
        _length = 0;
        _completed = true;
        await _stream.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Cancels the COPY unless it was completed, and returns the buffer to the pool.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_completed)
            {
                await _stream.CancelAsync().ConfigureAwait(false);
                await _stream.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            var buffer = _buffer;
            _buffer = [];
            if (buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Room for <paramref name="bytes"/> more at the end of the buffer (grown, never flushed here: rows stay whole per call).</summary>
    private Span<byte> Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + bytes));
            _buffer.AsSpan(0, _length).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        var span = _buffer.AsSpan(_length, bytes);
        _length += bytes;
        return span;
    }
}
