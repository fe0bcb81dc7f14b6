using Npgsql;

namespace DigitalPost.Grains.Messages;

/// <summary>
/// Writes deliveries, committing the deliveries of different mailboxes that arrive together in one
/// transaction (group commit): one round trip, one commit and one WAL flush for the batch.
/// <para>
/// No delivery waits for others to arrive: an idle writer writes the first delivery at once, on the
/// caller's own flow; what arrives while a batch is being written forms the next batch. Nothing is
/// answered before its batch has committed. When a batch fails, one bad delivery must not fail its
/// neighbours, so each delivery of the batch is written again on its own and gets its own answer.
/// Within a batch, deliveries are ordered by content key so that two batches inserting the same new
/// contents take their locks in the same order, and a new content's bytes travel once per batch.
/// </para>
/// </summary>
public sealed class DeliveryWriter
{
    private readonly MailboxDatabase _database;
    private readonly int _maxBatchSize;
    private readonly int _maxConcurrentBatches;
    private readonly Lock _gate = new();
    private readonly Queue<PendingDelivery> _queue = new();
    private int _running;

    public DeliveryWriter(MailboxDatabase database, DeliveryWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBatchSize, 1, nameof(options.MaxBatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentBatches, 1, nameof(options.MaxConcurrentBatches));
        _database = database;
        _maxBatchSize = options.MaxBatchSize;
        _maxConcurrentBatches = options.MaxConcurrentBatches;
        KnownContents = new KnownContents(options.KnownContentCapacity);
    }

    /// <summary>The contents this writer knows to be stored (their bytes are not sent again).</summary>
    public KnownContents KnownContents { get; }

    /// <summary>Batches written so far with more than one delivery (for tests and the probe).</summary>
    public long BatchesWritten => Interlocked.Read(ref _batchesWritten);

    /// <summary>Batches that failed and were written again delivery by delivery.</summary>
    public long BatchesSplit => Interlocked.Read(ref _batchesSplit);

    private long _batchesWritten;
    private long _batchesSplit;

    /// <summary>
    /// Writes one delivery; true once it is committed, false when this (mailbox, messageUUID) was
    /// offered before (nothing written). Cancellation applies until the delivery joins a batch.
    /// </summary>
    public Task<bool> WriteAsync(DeliveryWrite write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        cancellationToken.ThrowIfCancellationRequested();
        if (_maxBatchSize == 1)
        {
            return WriteAloneAsync(write, cancellationToken);
        }

        var pending = new PendingDelivery(write);
        bool lead;
        lock (_gate)
        {
            _queue.Enqueue(pending);
            lead = _running < _maxConcurrentBatches;
            if (lead)
            {
                _running++;
            }
        }

        if (lead)
        {
            // The caller starts the batch itself: no thread hop when the writer is idle. From the
            // first await on, the loop runs on I/O completions, not on the caller's (grain's) turn.
            _ = RunBatchesAsync();
        }

        return pending.Completion.Task;
    }

    private async Task RunBatchesAsync()
    {
        while (true)
        {
            List<PendingDelivery> batch;
            lock (_gate)
            {
                if (_queue.Count == 0)
                {
                    _running--;
                    return;
                }

                batch = new List<PendingDelivery>(Math.Min(_queue.Count, _maxBatchSize));
                while (batch.Count < _maxBatchSize && _queue.TryDequeue(out var next))
                {
                    batch.Add(next);
                }
            }

            await WriteBatchAsync(batch).ConfigureAwait(false);
        }
    }

    private async Task WriteBatchAsync(List<PendingDelivery> batch)
    {
        if (batch.Count == 1)
        {
            await WriteOneAsync(batch[0]).ConfigureAwait(false);
            return;
        }

        batch.Sort(static (a, b) => CompareKeys(a.ContentKey, b.ContentKey));
        bool[] inserted;
        try
        {
            inserted = await ExecuteBatchAsync(batch).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // One failed statement aborts the whole transaction, so nothing of the batch is stored:
            // write each delivery on its own, so that only the failing ones fail. (Had the batch
            // committed after all, e.g. a connection lost after the commit, each delivery now finds
            // its own record and answers "offered before", which the grain resolves to the stored outcome.)
            Interlocked.Increment(ref _batchesSplit);
            foreach (var pending in batch)
            {
                await WriteOneAsync(pending).ConfigureAwait(false);
            }

            return;
        }

        Interlocked.Increment(ref _batchesWritten);
        for (var i = 0; i < batch.Count; i++)
        {
            if (inserted[i] && batch[i].ContentKey is { } key)
            {
                KnownContents.Add(key);
            }

            batch[i].Completion.TrySetResult(inserted[i]);
        }
    }

    private async Task<bool[]> ExecuteBatchAsync(List<PendingDelivery> batch)
    {
        var dataSource = await _database.GetDataSourceAsync().ConfigureAwait(false);
        await using var connection = await dataSource.OpenConnectionAsync().ConfigureAwait(false);
        await using var command = new NpgsqlBatch(connection);
        byte[]? previousKey = null;
        foreach (var pending in batch)
        {
            // A content is sent at most once per batch: the batch is sorted by content, and the first
            // statement of a content stores it before the next ones reference it.
            var key = pending.ContentKey;
            var includeBytes = key is not null && !KnownContents.Contains(key) && CompareKeys(key, previousKey) != 0;
            command.BatchCommands.Add(DeliveryStatement.Build(pending.Write, includeBytes, contentEvenIfOfferedBefore: includeBytes));
            previousKey = key ?? previousKey;
        }

        await command.PrepareAsync().ConfigureAwait(false);
        var inserted = new bool[batch.Count];
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        for (var i = 0; i < batch.Count; i++)
        {
            if (!await reader.ReadAsync().ConfigureAwait(false))
            {
                throw new InvalidOperationException("A delivery statement returned no row.");
            }

            inserted[i] = reader.GetInt64(0) == 1;
            await reader.NextResultAsync().ConfigureAwait(false);
        }

        // The reader's disposal, before the answers leave this method, reads to the end of the batch:
        // its commit. An error there throws, and no delivery of the batch is answered as written.
        return inserted;
    }

    private async Task WriteOneAsync(PendingDelivery pending)
    {
        try
        {
            pending.Completion.TrySetResult(await WriteAloneAsync(pending.Write, CancellationToken.None).ConfigureAwait(false));
        }
        catch (Exception exception)
        {
            pending.Completion.TrySetException(exception);
        }
    }

    /// <summary>One delivery in its own transaction; the content's bytes only when it may not be stored yet.</summary>
    private async Task<bool> WriteAloneAsync(DeliveryWrite write, CancellationToken cancellationToken)
    {
        var key = write.Content?.Sha256;
        var known = key is not null && KnownContents.Contains(key);
        var inserted = await ExecuteAloneAsync(DeliveryStatement.Build(write, includeContentBytes: !known), cancellationToken).ConfigureAwait(false);
        if (inserted && key is not null)
        {
            KnownContents.Add(key);
        }

        return inserted;
    }

    private async Task<bool> ExecuteAloneAsync(NpgsqlBatchCommand statement, CancellationToken cancellationToken) =>
        await _database.ExecutePreparedScalarAsync<long>([statement], cancellationToken).ConfigureAwait(false) == 1;

    private static int CompareKeys(byte[]? a, byte[]? b) =>
        a is null ? (b is null ? 0 : -1) : b is null ? 1 : a.AsSpan().SequenceCompareTo(b);
}
