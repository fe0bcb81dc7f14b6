using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Mailboxes;
using DigitalPost.Grains.Messages;
using DigitalPost.Runtime;
using DigitalPost.Runtime.Placement;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace DigitalPost.Grains.MassSend;

/// <summary>
/// <see cref="IMassSendService"/> on PostgreSQL. A submission is one transaction: the job row
/// (whose unique (authority, idempotency key) makes a repeat find the first job), the template's
/// content, the recipient list by binary COPY as it streams in, and the slices' checkpoints. The
/// workers (<see cref="MassSendProcessor"/>) are woken after the commit.
/// </summary>
public sealed class MassSendService : IMassSendService
{
    private readonly MailboxDatabase _database;
    private readonly MailboxServices _mailboxes;
    private readonly MassSendSignal _signal;
    private readonly TimeProvider _time;
    private readonly MassSendOptions _options;
    private readonly int _partitionCount;

    public MassSendService(MailboxDatabase database, MailboxServices mailboxes, MassSendSignal signal, TimeProvider time, IOptions<MassSendOptions> options, IOptions<GrainRuntimeOptions> runtime)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(runtime);
        _database = database;
        _mailboxes = mailboxes;
        _signal = signal;
        _time = time;
        _options = options.Value;
        _partitionCount = runtime.Value.PartitionCount;
        _options.Validate(_partitionCount);
    }

    /// <inheritdoc />
    public async Task<MassSendSubmitResult> SubmitAsync(MassSendSubmission submission, IAsyncEnumerable<MassSendLine> lines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(lines);
        var key = submission.IdempotencyKey;
        if (string.IsNullOrWhiteSpace(key) || key.Length > _options.MaxIdempotencyKeyLength)
        {
            throw new MassSendInputException("Idempotency-Key", 0, $"must be 1-{_options.MaxIdempotencyKeyLength} characters.");
        }

        MassSendLetter? template = null;
        byte[]? templateBytes = null;
        if (submission.Kind == MassSendKind.Template)
        {
            if (submission.Template.Length > _options.Limits.MaxTemplateBytes)
            {
                throw new MassSendInputException(MassSendLineReader.TemplatePart, 0, $"the template is larger than {_options.Limits.MaxTemplateBytes} bytes (MassSend:Limits:MaxTemplateBytes).");
            }

            var (message, problem) = MassSendLetter.Read(submission.Template, _mailboxes.Options);
            if (message is null)
            {
                throw new MassSendInputException(MassSendLineReader.TemplatePart, 0, problem!);
            }

            template = MassSendLetter.From(message);
            templateBytes = submission.Template.ToArray();
        }

        var now = _time.GetUtcNow();
        var jobId = Guid.CreateVersion7(now);
        var sender = MailboxId.ForAuthority(submission.Authority).Value;
        var dataSource = await _database.GetDataSourceAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // The job row first: a concurrent submission with the same key waits on the unique index
        // and then finds this job.
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO mass_send_jobs (job_id, authority_id, sender_id, idempotency_key, kind, status, template, content_sha256, do_not_deliver_until, " +
            "scheduled_for, slice_count, recipients, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, $9, $10, 0, $9) " +
            "ON CONFLICT (authority_id, idempotency_key) DO NOTHING RETURNING job_id", connection, transaction))
        {
            insert.Parameters.Add(new() { Value = jobId, NpgsqlDbType = NpgsqlDbType.Uuid });
            insert.Parameters.Add(new() { Value = submission.Authority.Value, NpgsqlDbType = NpgsqlDbType.Text });
            insert.Parameters.Add(new() { Value = sender, NpgsqlDbType = NpgsqlDbType.Text });
            insert.Parameters.Add(new() { Value = key, NpgsqlDbType = NpgsqlDbType.Text });
            insert.Parameters.Add(new() { Value = (short)submission.Kind, NpgsqlDbType = NpgsqlDbType.Smallint });
            insert.Parameters.Add(new() { Value = (short)MassSendStatus.Queued, NpgsqlDbType = NpgsqlDbType.Smallint });
            insert.Parameters.Add(new() { Value = (object?)templateBytes ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bytea });
            insert.Parameters.Add(new() { Value = (object?)template?.Content.Sha256 ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bytea });
            insert.Parameters.Add(new() { Value = now.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
            insert.Parameters.Add(new() { Value = _options.SliceCount, NpgsqlDbType = NpgsqlDbType.Integer });
            if (await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                var first = await FindByKeyAsync(submission.Authority, key, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException("The idempotency key's job vanished.");
                return new MassSendSubmitResult(first.JobId, first.Status, first.Recipients, Duplicate: true);
            }
        }

        var (count, doNotDeliverUntil) = await CopyRecipientsAsync(connection, jobId, submission.Kind, template, lines, cancellationToken).ConfigureAwait(false);
        var today = _mailboxes.Today(now);
        var scheduled = doNotDeliverUntil is { } until && until > today;
        var scheduledFor = scheduled ? _mailboxes.StartOf(doNotDeliverUntil!.Value) : now;
        var status = scheduled ? MassSendStatus.Scheduled : MassSendStatus.Queued;
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            if (template is not null)
            {
                // The content and its file rows, as every writer of content stores them.
                batch.BatchCommands.Add(MessageStore.InsertContentCommand(template.Content));
            }

            batch.BatchCommands.Add(Command(
                "UPDATE mass_send_jobs SET recipients = $2, status = $3, scheduled_for = $4, do_not_deliver_until = $5 WHERE job_id = $1",
                (jobId, NpgsqlDbType.Uuid), (count, NpgsqlDbType.Bigint), ((short)status, NpgsqlDbType.Smallint),
                (scheduledFor.ToUniversalTime(), NpgsqlDbType.TimestampTz), (doNotDeliverUntil, NpgsqlDbType.Date)));
            batch.BatchCommands.Add(Command(
                "INSERT INTO mass_send_slices (job_id, slice) SELECT $1, s FROM generate_series(0, $2 - 1) AS s",
                (jobId, NpgsqlDbType.Uuid), (_options.SliceCount, NpgsqlDbType.Integer)));
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        _signal.Wake();
        return new MassSendSubmitResult(jobId, status, count, Duplicate: false);
    }

    private async Task<(long Count, DateOnly? DoNotDeliverUntil)> CopyRecipientsAsync(
        NpgsqlConnection connection, Guid jobId, MassSendKind kind, MassSendLetter? template, IAsyncEnumerable<MassSendLine> lines, CancellationToken cancellationToken)
    {
        long count = 0;
        var doNotDeliverUntil = template?.DoNotDeliverUntil;

        // Each recipient's first line: its messageUUID carries that line number (MassSendMessageIds), so
        // a recipient listed twice gets one UUID and is delivered once. Held for the upload only: 6,000,000
        // distinct recipients (MassSend:Limits:MaxLines) keep 336 MB, ~504 MB while the last resize copies
        // (docs/mass-send.md, "Deterministic message UUIDs").
        var firstLines = new Dictionary<long, long>();
        var part = kind == MassSendKind.Template ? MassSendLineReader.RecipientsPart : MassSendLineReader.MessagesPart;
        var jobPrefix = MassSendMessageIds.JobPrefix(jobId);
        await using var copy = await MassSendRecipientCopy.BeginAsync(connection, jobId, _options.SliceCount, _options.UploadGroupBytes, cancellationToken).ConfigureAwait(false);
        await foreach (var line in lines.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (++count > _options.Limits.MaxLines)
            {
                throw new MassSendInputException(part, line.LineNumber, $"more than {_options.Limits.MaxLines} recipients (MassSend:Limits:MaxLines).");
            }

            MassSendLineReader.CheckRecipient(line.Recipient, part, line.LineNumber);
            var mailbox = MassSendRecipients.MailboxOf(line.Recipient);
            if (kind == MassSendKind.Personalised)
            {
                var date = CheckPersonalised(line, part);
                if (count == 1)
                {
                    doNotDeliverUntil = date;
                }
                else if (date != doNotDeliverUntil)
                {
                    throw new MassSendInputException(part, line.LineNumber,
                        $"doNotDeliverUntilDate {Show(date)} differs from the first message's {Show(doNotDeliverUntil)}; one job is delivered on one date.");
                }
            }

            var slice = (int)((long)GrainPartitioner.GetPartition(mailbox, _partitionCount) * _options.SliceCount / _partitionCount);
            ref var firstLine = ref CollectionsMarshal.GetValueRefOrAddDefault(firstLines, RecipientKey(line.Recipient), out var listedBefore);
            if (!listedBefore)
            {
                firstLine = line.LineNumber;
            }

            await copy.AddAsync(slice, line.LineNumber, line.Recipient, MassSendMessageIds.For(jobPrefix, slice, firstLine),
                kind == MassSendKind.Personalised ? line.Memo.ToArray() : null, cancellationToken).ConfigureAwait(false);
        }

        if (count == 0)
        {
            throw new MassSendInputException(part, 0, "the list names no recipient.");
        }

        await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return (count, doNotDeliverUntil);
    }

    /// <summary>A checked recipient (10-digit CPR or 8-digit CVR) as a number: the digits, plus 2^40 for a CVR so the two kinds never meet.</summary>
    private static long RecipientKey(string recipient)
    {
        long number = 0;
        foreach (var digit in recipient)
        {
            number = (number * 10) + (digit - '0');
        }

        return MassSendRecipients.IsCitizen(recipient) ? number : number | (1L << 40);
    }

    private DateOnly? CheckPersonalised(MassSendLine line, string part)
    {
        if (line.Memo.Length > _options.Limits.MaxMessageLineBytes)
        {
            throw new MassSendInputException(part, line.LineNumber, $"the MeMo is larger than {_options.Limits.MaxMessageLineBytes} bytes.");
        }

        var (message, problem) = MassSendLetter.Read(line.Memo, _mailboxes.Options);
        if (message is null)
        {
            throw new MassSendInputException(part, line.LineNumber, problem!);
        }

        var named = message.Header.Recipient.RecipientId;
        if (!string.IsNullOrEmpty(named) && named != "-" && named != line.Recipient)
        {
            throw new MassSendInputException(part, line.LineNumber, $"the MeMo's Recipient ({named}) is not the line's recipient ({line.Recipient}).");
        }

        return message.Header.DoNotDeliverUntilDate;
    }

    private static string Show(DateOnly? date) => date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "(none)";

    /// <inheritdoc />
    public async Task<MassSendJobStatus?> GetAsync(AuthorityId authority, Guid jobId, CancellationToken cancellationToken = default)
    {
        var rows = await _database.QueryAsync(MassSendJobRow.Select + "WHERE j.job_id = $1 AND j.authority_id = $2", MassSendJobRow.Read,
            [new NpgsqlParameter { Value = jobId, NpgsqlDbType = NpgsqlDbType.Uuid }, new NpgsqlParameter { Value = authority.Value, NpgsqlDbType = NpgsqlDbType.Text }],
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    private async Task<MassSendJobStatus?> FindByKeyAsync(AuthorityId authority, string key, CancellationToken cancellationToken)
    {
        var rows = await _database.QueryAsync(MassSendJobRow.Select + "WHERE j.authority_id = $1 AND j.idempotency_key = $2", MassSendJobRow.Read,
            [new NpgsqlParameter { Value = authority.Value, NpgsqlDbType = NpgsqlDbType.Text }, new NpgsqlParameter { Value = key, NpgsqlDbType = NpgsqlDbType.Text }],
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MassSendJobStatus>> ListAsync(AuthorityId authority, int first, Guid? after, CancellationToken cancellationToken = default)
    {
        var limit = Math.Clamp(first, 1, 200);
        return await _database.QueryAsync(
            MassSendJobRow.Select + "WHERE j.authority_id = $1 AND ($2::uuid IS NULL OR (j.created_at, j.job_id) < " +
            "(SELECT a.created_at, a.job_id FROM mass_send_jobs a WHERE a.job_id = $2 AND a.authority_id = $1)) ORDER BY j.created_at DESC, j.job_id DESC LIMIT $3",
            MassSendJobRow.Read,
            [
                new NpgsqlParameter { Value = authority.Value, NpgsqlDbType = NpgsqlDbType.Text },
                new NpgsqlParameter { Value = (object?)after ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid },
                new NpgsqlParameter { Value = limit, NpgsqlDbType = NpgsqlDbType.Integer },
            ],
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<MassSendRecallOutcome> RecallAsync(AuthorityId authority, Guid jobId, CancellationToken cancellationToken = default)
    {
        // One statement: the status check and the change cannot be split by a worker starting the job.
        var rows = await _database.QueryAsync(
            "WITH r AS (UPDATE mass_send_jobs SET status = $3, recalled_at = COALESCE(recalled_at, $4) WHERE job_id = $1 AND authority_id = $2 AND status IN ($5, $6, $3) RETURNING status) " +
            "SELECT (SELECT count(*) FROM r), (SELECT status FROM mass_send_jobs WHERE job_id = $1 AND authority_id = $2)",
            r => (Recalled: r.GetInt64(0), Status: r.IsDBNull(1) ? (short?)null : r.GetInt16(1)),
            [
                new NpgsqlParameter { Value = jobId, NpgsqlDbType = NpgsqlDbType.Uuid },
                new NpgsqlParameter { Value = authority.Value, NpgsqlDbType = NpgsqlDbType.Text },
                new NpgsqlParameter { Value = (short)MassSendStatus.Recalled, NpgsqlDbType = NpgsqlDbType.Smallint },
                new NpgsqlParameter { Value = _time.GetUtcNow().ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz },
                new NpgsqlParameter { Value = (short)MassSendStatus.Scheduled, NpgsqlDbType = NpgsqlDbType.Smallint },
                new NpgsqlParameter { Value = (short)MassSendStatus.Queued, NpgsqlDbType = NpgsqlDbType.Smallint },
            ],
            cancellationToken).ConfigureAwait(false);
        var (recalled, status) = rows[0];
        return recalled == 1 ? MassSendRecallOutcome.Recalled : status is null ? MassSendRecallOutcome.NotFound : MassSendRecallOutcome.AlreadyStarted;
    }

    /// <inheritdoc />
    public async Task<IAsyncEnumerable<MassSendReceipt>?> ReadReceiptsAsync(AuthorityId authority, Guid jobId, CancellationToken cancellationToken = default)
    {
        var job = await GetAsync(authority, jobId, cancellationToken).ConfigureAwait(false);
        return job is null ? null : StreamReceiptsAsync(MailboxId.ForAuthority(authority).Value, jobId, cancellationToken);
    }

    private async IAsyncEnumerable<MassSendReceipt> StreamReceiptsAsync(string sender, Guid jobId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var legacy = await IsLegacyAsync(jobId, cancellationToken).ConfigureAwait(false);
        var dataSource = await _database.GetDataSourceAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        NpgsqlCommand command;
        if (legacy)
        {
            command = new NpgsqlCommand(MassSendJobReceipts.LegacyAll, connection, transaction);
            command.Parameters.Add(new() { Value = jobId, NpgsqlDbType = NpgsqlDbType.Uuid });
            command.Parameters.Add(new() { Value = sender, NpgsqlDbType = NpgsqlDbType.Text });
        }
        else
        {
            // The job's range of the receipt index, in its order (slice, first line): no sort, and no recipient list
            // (the retention sweep deletes it; MassSendJobReceipts). The settings keep the planner on that index.
            await using (var settings = new NpgsqlCommand(MassSendJobReceipts.StreamSettings, connection, transaction))
            {
                await settings.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            command = new NpgsqlCommand(MassSendJobReceipts.All, connection, transaction);
            command.Parameters.AddRange(RangeParameters(sender, MassSendJobReceipts.First(jobId), jobId));
        }

        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return legacy ? MassSendJobReceipts.ReadLegacy(reader).Receipt : MassSendJobReceipts.Read(reader);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The sender, the lower bound of the range (the job's first messageUUID or a page's start), its end and COMPLETED (not a delivery receipt).</summary>
    private static NpgsqlParameter[] RangeParameters(string sender, Guid from, Guid jobId) =>
    [
        new() { Value = sender, NpgsqlDbType = NpgsqlDbType.Text },
        new() { Value = from, NpgsqlDbType = NpgsqlDbType.Uuid },
        new() { Value = MassSendJobReceipts.Last(jobId), NpgsqlDbType = NpgsqlDbType.Uuid },
        new() { Value = (short)ReceiptStatus.Completed, NpgsqlDbType = NpgsqlDbType.Smallint },
    ];

    /// <summary>Whether the job's receipts are found only through its list (MassSendJobReceipts.ListedOutsideRange).</summary>
    private async Task<bool> IsLegacyAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var rows = await _database.QueryAsync(MassSendJobReceipts.ListedOutsideRange, r => r.GetBoolean(0),
            [
                new NpgsqlParameter { Value = jobId, NpgsqlDbType = NpgsqlDbType.Uuid },
                new NpgsqlParameter { Value = MassSendJobReceipts.First(jobId), NpgsqlDbType = NpgsqlDbType.Uuid },
                new NpgsqlParameter { Value = MassSendJobReceipts.Last(jobId), NpgsqlDbType = NpgsqlDbType.Uuid },
            ],
            cancellationToken).ConfigureAwait(false);
        return rows[0];
    }

    /// <inheritdoc />
    public async Task<MassSendReceiptPage?> ListReceiptsAsync(AuthorityId authority, Guid jobId, int first, string? after, CancellationToken cancellationToken = default)
    {
        if (await GetAsync(authority, jobId, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        var sender = MailboxId.ForAuthority(authority).Value;
        var limit = Math.Clamp(first, 1, 1000);
        if (await IsLegacyAsync(jobId, cancellationToken).ConfigureAwait(false))
        {
            var (slice, ordinal) = MassSendReceiptCursor.Parse(after);
            var legacy = await _database.QueryAsync(MassSendJobReceipts.LegacyPage, MassSendJobReceipts.ReadLegacy,
                [
                    new NpgsqlParameter { Value = jobId, NpgsqlDbType = NpgsqlDbType.Uuid },
                    new NpgsqlParameter { Value = sender, NpgsqlDbType = NpgsqlDbType.Text },
                    new NpgsqlParameter { Value = slice, NpgsqlDbType = NpgsqlDbType.Integer },
                    new NpgsqlParameter { Value = ordinal, NpgsqlDbType = NpgsqlDbType.Bigint },
                    new NpgsqlParameter { Value = limit + 1, NpgsqlDbType = NpgsqlDbType.Integer },
                ],
                cancellationToken).ConfigureAwait(false);
            var legacyPage = legacy.Take(limit).ToList();
            return new MassSendReceiptPage([.. legacyPage.Select(p => p.Receipt)], [.. legacyPage.Select(p => p.Cursor)], legacy.Count > limit);
        }

        var start = MassSendReceiptCursor.After(jobId, after);
        var rows = await _database.QueryAsync(
            start is null ? MassSendJobReceipts.FirstPage : MassSendJobReceipts.PageAfter,
            MassSendJobReceipts.Read,
            [.. RangeParameters(sender, start ?? MassSendJobReceipts.First(jobId), jobId), new NpgsqlParameter { Value = limit + 1, NpgsqlDbType = NpgsqlDbType.Integer }],
            cancellationToken).ConfigureAwait(false);
        var page = rows.Take(limit).ToList();
        return new MassSendReceiptPage(page, [.. page.Select(r => MassSendReceiptCursor.ForMessage(r.MessageUuid))], rows.Count > limit);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MassSendReceiptCount>?> CountReceiptsAsync(AuthorityId authority, Guid jobId, CancellationToken cancellationToken = default)
    {
        if (await GetAsync(authority, jobId, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        var sender = MailboxId.ForAuthority(authority).Value;
        var legacy = await IsLegacyAsync(jobId, cancellationToken).ConfigureAwait(false);
        return await _database.QueryAsync(
            legacy ? MassSendJobReceipts.LegacyCounts : MassSendJobReceipts.Counts,
            r => new MassSendReceiptCount((ReceiptStatus)r.GetInt16(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt64(2)),
            legacy
                ?
                [
                    new NpgsqlParameter { Value = jobId, NpgsqlDbType = NpgsqlDbType.Uuid },
                    new NpgsqlParameter { Value = sender, NpgsqlDbType = NpgsqlDbType.Text },
                ]
                :
                [
                    new NpgsqlParameter { Value = sender, NpgsqlDbType = NpgsqlDbType.Text },
                    new NpgsqlParameter { Value = MassSendJobReceipts.First(jobId), NpgsqlDbType = NpgsqlDbType.Uuid },
                    new NpgsqlParameter { Value = MassSendJobReceipts.Last(jobId), NpgsqlDbType = NpgsqlDbType.Uuid },
                ],
            cancellationToken).ConfigureAwait(false);
    }

    private static NpgsqlBatchCommand Command(string sql, params (object? Value, NpgsqlDbType Type)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (value, type) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value, NpgsqlDbType = type });
        }

        return command;
    }
}
