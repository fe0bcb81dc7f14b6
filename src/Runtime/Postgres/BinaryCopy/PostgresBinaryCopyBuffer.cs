using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Npgsql;

namespace DigitalPost.Runtime.Postgres.BinaryCopy;

/// <summary>
/// Rows encoded in PostgreSQL's binary COPY format (the "Binary Format" section of the COPY reference) in a
/// pooled, growing buffer: the file header, then per row its field count (<see cref="StartRow"/>) and one
/// <c>Write…</c> per column, each writing one binary value of the named PostgreSQL type. Encoding is separate
/// from sending so that a caller can encode on threads of its choosing (the mass-send pipeline encodes on its
/// low-priority threads, where the decisions are made) and send afterwards with <see cref="SendAsync"/>.
/// Npgsql's own <see cref="NpgsqlBinaryImporter"/> resolves a type and runs an asynchronous state machine per
/// value: at millions of rows that was the largest client cost of a mass send (docs/mass-send.md, session 5).
/// </summary>
public sealed class PostgresBinaryCopyBuffer : IDisposable
{
    // "PGCOPY\n\377\r\n\0", then flags (int32 0: no OIDs) and the header extension's length (int32 0).
    private static readonly byte[] Header = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    // DateTime ticks at PostgreSQL's epoch, 2000-01-01 UTC.
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    private byte[] _buffer;
    private int _length;

    /// <summary>A buffer that starts with the COPY header (<paramref name="withHeader"/>) or continues a COPY already under way.</summary>
    public PostgresBinaryCopyBuffer(int initialBytes = 64 * 1024, bool withHeader = true)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialBytes, Header.Length + 2));
        if (withHeader)
        {
            Header.CopyTo(_buffer, 0);
            _length = Header.Length;
        }
    }

    /// <summary>Rows written since the last <see cref="Clear"/>.</summary>
    public int Rows { get; private set; }

    /// <summary>Bytes encoded so far.</summary>
    public int Length => _length;

    /// <summary>The encoded bytes.</summary>
    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _length);

    /// <summary>Starts a row of <paramref name="columns"/> values.</summary>
    public void StartRow(short columns)
    {
        BinaryPrimitives.WriteInt16BigEndian(Reserve(2), columns);
        Rows++;
    }

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

    /// <summary>Ends the rows with the format's trailer; nothing may be written after it.</summary>
    public void WriteTrailer() => BinaryPrimitives.WriteInt16BigEndian(Reserve(2), -1);

    /// <summary>Forgets what was written (keeps the memory), without a header: for a COPY already under way.</summary>
    public void Clear()
    {
        _length = 0;
        Rows = 0;
    }

    /// <summary>
    /// Runs <paramref name="copyFromStdinBinary"/> (a <c>COPY … FROM STDIN (FORMAT BINARY)</c>) on <paramref name="connection"/>
    /// with these rows (the header must have been written: the default), adding the trailer. The server's error, if any,
    /// is thrown here.
    /// </summary>
    public async Task SendAsync(NpgsqlConnection connection, string copyFromStdinBinary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        WriteTrailer();
        var stream = await connection.BeginRawBinaryCopyAsync(copyFromStdinBinary, cancellationToken).ConfigureAwait(false);
        try
        {
            await stream.WriteAsync(Written, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await stream.CancelAsync().ConfigureAwait(false);
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        await stream.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Returns the memory to the pool.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Room for <paramref name="bytes"/> more at the end of the buffer (grown as needed).</summary>
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
