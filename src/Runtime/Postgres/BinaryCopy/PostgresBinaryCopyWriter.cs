using Npgsql;

namespace DigitalPost.Runtime.Postgres.BinaryCopy;

/// <summary>
/// Streams rows of any number into a <c>COPY … FROM STDIN (FORMAT BINARY)</c>: each row is encoded into a
/// <see cref="PostgresBinaryCopyBuffer"/> (returned by <see cref="StartRowAsync"/>), which goes to the server
/// whenever <see cref="ChunkSize"/> bytes have gathered. For rows that fit in memory and should be encoded
/// elsewhere, encode a <see cref="PostgresBinaryCopyBuffer"/> and call its <see cref="PostgresBinaryCopyBuffer.SendAsync"/>.
/// </summary>
/// <remarks>
/// Use: <c>await using var copy = await PostgresBinaryCopyWriter.BeginAsync(connection, "COPY t (a, b) FROM STDIN (FORMAT BINARY)", ct);</c>
/// then per row <c>var row = await copy.StartRowAsync(2, ct); row.WriteText(a); row.WriteInt64(b);</c>, then
/// <see cref="CompleteAsync"/>, which throws the server's error if any. Disposing without completing cancels the COPY.
/// </remarks>
public sealed class PostgresBinaryCopyWriter : IAsyncDisposable
{
    /// <summary>Bytes gathered before they go to the server in one write.</summary>
    public const int ChunkSize = 64 * 1024;

    private readonly NpgsqlRawCopyStream _stream;
    private readonly PostgresBinaryCopyBuffer _buffer = new(ChunkSize * 2);
    private bool _completed;

    private PostgresBinaryCopyWriter(NpgsqlRawCopyStream stream) => _stream = stream;

    /// <summary>Starts <paramref name="copyFromStdinBinary"/> on <paramref name="connection"/>.</summary>
    public static async Task<PostgresBinaryCopyWriter> BeginAsync(NpgsqlConnection connection, string copyFromStdinBinary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var stream = await connection.BeginRawBinaryCopyAsync(copyFromStdinBinary, cancellationToken).ConfigureAwait(false);
        return new PostgresBinaryCopyWriter(stream);
    }

    /// <summary>Starts a row of <paramref name="columns"/> values (sending the gathered chunk first when it is full); write its values into the buffer returned.</summary>
    public ValueTask<PostgresBinaryCopyBuffer> StartRowAsync(short columns, CancellationToken cancellationToken = default)
    {
        // Most rows only append to the buffer: no state machine for them, only for the row that sends a chunk.
        if (_buffer.Length < ChunkSize)
        {
            _buffer.StartRow(columns);
            return ValueTask.FromResult(_buffer);
        }

        return SendChunkThenStartRowAsync(columns, cancellationToken);
    }

    private async ValueTask<PostgresBinaryCopyBuffer> SendChunkThenStartRowAsync(short columns, CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(_buffer.Written, cancellationToken).ConfigureAwait(false);
        _buffer.Clear();
        _buffer.StartRow(columns);
        return _buffer;
    }

    /// <summary>Sends the rest and the trailer and ends the COPY; the server's error, if any, is thrown here.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        _buffer.WriteTrailer();
        await _stream.WriteAsync(_buffer.Written, cancellationToken).ConfigureAwait(false);
        _buffer.Clear();
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
            _buffer.Dispose();
        }
    }
}
