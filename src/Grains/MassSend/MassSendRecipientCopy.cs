using DigitalPost.Runtime.Postgres.BinaryCopy;
using Npgsql;

namespace DigitalPost.Grains.MassSend;

/// <summary>
/// Streams an upload's recipient rows into <c>mass_send_recipients</c> grouped by slice: rows are held until
/// <see cref="MassSendOptions.UploadGroupBytes"/> have gathered, then written slice after slice. A slice's
/// batches read their rows in line order through the primary key; written in arrival order, one slice's rows
/// are spread one per heap page among the other slices' (64 by default), so every recipient a batch reads
/// costs a page of its own. Grouped, a slice's rows lie in runs of consecutive pages.
/// </summary>
internal sealed class MassSendRecipientCopy : IAsyncDisposable
{
    /// <summary>What a row costs besides its recipient and MeMo: ids, line, UUID and list overhead.</summary>
    private const int RowOverheadBytes = 64;

    private readonly PostgresBinaryCopyWriter _copy;
    private readonly Guid _jobId;
    private readonly long _groupBytes;
    private readonly List<Row>[] _slices;
    private long _heldBytes;

    private MassSendRecipientCopy(PostgresBinaryCopyWriter copy, Guid jobId, int sliceCount, long groupBytes)
    {
        _copy = copy;
        _jobId = jobId;
        _groupBytes = groupBytes;
        _slices = new List<Row>[sliceCount];
        for (var i = 0; i < sliceCount; i++)
        {
            _slices[i] = [];
        }
    }

    public static async Task<MassSendRecipientCopy> BeginAsync(NpgsqlConnection connection, Guid jobId, int sliceCount, long groupBytes, CancellationToken cancellationToken)
    {
        var copy = await PostgresBinaryCopyWriter.BeginAsync(
            connection, "COPY mass_send_recipients (job_id, slice, ordinal, recipient, message_uuid, memo) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        return new MassSendRecipientCopy(copy, jobId, sliceCount, groupBytes);
    }

    /// <summary>Adds a line; writes the held group when it is full. <paramref name="memo"/> must be the caller's own copy.</summary>
    public ValueTask AddAsync(int slice, long line, string recipient, Guid messageUuid, byte[]? memo, CancellationToken cancellationToken)
    {
        _slices[slice].Add(new Row(line, recipient, messageUuid, memo));
        _heldBytes += RowOverheadBytes + (recipient.Length * sizeof(char)) + (memo?.Length ?? 0);
        return _heldBytes >= _groupBytes ? WriteHeldAsync(cancellationToken) : ValueTask.CompletedTask;
    }

    /// <summary>Writes what is held and ends the COPY (the server's error, if any, is thrown here).</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await WriteHeldAsync(cancellationToken).ConfigureAwait(false);
        await _copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _copy.DisposeAsync();

    private async ValueTask WriteHeldAsync(CancellationToken cancellationToken)
    {
        for (var slice = 0; slice < _slices.Length; slice++)
        {
            foreach (var row in _slices[slice])
            {
                var columns = await _copy.StartRowAsync(6, cancellationToken).ConfigureAwait(false);
                columns.WriteUuid(_jobId);
                columns.WriteInt32(slice);
                columns.WriteInt64(row.Line);
                columns.WriteText(row.Recipient);
                columns.WriteUuid(row.MessageUuid);
                if (row.Memo is null)
                {
                    columns.WriteNull();
                }
                else
                {
                    columns.WriteBytea(row.Memo);
                }
            }

            _slices[slice].Clear();
        }

        _heldBytes = 0;
    }

    private readonly record struct Row(long Line, string Recipient, Guid MessageUuid, byte[]? Memo);
}
