using System.Text.Json;
using DigitalPost.Grains.Delivery;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Mailboxes;
using DigitalPost.Grains.MassSend.Scheduling;
using DigitalPost.Grains.Notifications;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace DigitalPost.Grains.MassSend;

/// <summary>
/// Delivers one slice of a job, batch after batch, on one connection. Each batch is one
/// transaction: lock the slice's checkpoint, read the next recipients with their registry rows and
/// mailbox profiles, decide each with <see cref="DeliveryDecider.Decide"/> (the mailbox grain's
/// rules), COPY the decisions into the session's staging table and write them into the mailbox
/// tables together with the new checkpoint. A crash anywhere rolls the batch back whole; the
/// retry finds the checkpoint where the last commit left it. Each batch waits for its turn at the
/// <see cref="MassSendThrottle"/>, reads the batch size the governor allows, and pauses after it when told to.
/// </summary>
internal sealed partial class MassSendSliceWorker(MassSendContext context, MassSendJob job, int slice, MassSendConnections connections, MassSendThrottle throttle, LowPriorityScheduler cpu)
{
    private readonly List<byte[]?> _profiles = [];
    private readonly List<MassSendStage> _stage = [];
    private readonly List<MassSendNotificationRow> _notifications = [];
    private readonly HashSet<Guid> _seen = [];
    private readonly List<long> _firstLines = [];
    private readonly long _jobPrefix = MassSendMessageIds.JobPrefix(job.JobId);
    private long _writtenThrough;
    private int _linesRead;

    private int CommandTimeoutSeconds => (int)Math.Ceiling(context.Options.BatchCommandTimeout.TotalSeconds);

    /// <summary>Delivers the slice to its end.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var create = new NpgsqlCommand(MassSendSql.CreateStage, connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // After a batch failed in a way one of its lines may have caused, batches are halved until the line is found
        // alone and set aside (a dead letter); each batch that then succeeds doubles the limit again.
        var limit = int.MaxValue;
        while (true)
        {
            var batchSize = await throttle.EnterAsync(cancellationToken).ConfigureAwait(false);
            bool done;
            try
            {
                done = await RunBatchAsync(connection, Math.Min(batchSize, limit), context.Options.DirectWrite, cancellationToken).ConfigureAwait(false);
                limit = limit >= int.MaxValue / 2 ? int.MaxValue : limit * 2;
            }
            catch (Exception e) when (_linesRead > 0 && MassSendPoison.MayBeALine(e) && !cancellationToken.IsCancellationRequested)
            {
                done = false;
                if (_linesRead > 1)
                {
                    limit = _linesRead / 2;
                    LogNarrowing(context.Logger, job.JobId, slice, _linesRead, e.GetType().Name);
                }
                else
                {
                    await DeadLetterAsync(connection, e, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                throttle.Release();
            }

            if (done)
            {
                return;
            }

            await throttle.PauseAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// One batch of at most <paramref name="batchSize"/> recipients; true when the slice is done. With
    /// <paramref name="direct"/>, a batch of never-written lines is COPY'd into the mailbox tables; a key that
    /// exists after all rolls it back and it runs again through the statement.
    /// </summary>
    private async Task<bool> RunBatchAsync(NpgsqlConnection connection, int batchSize, bool direct, CancellationToken cancellationToken)
    {
        _linesRead = 0;
        var now = context.Time.GetUtcNow();
        var today = context.Mailboxes.Today(now);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await ReadBatchAsync(connection, transaction, batchSize, cancellationToken).ConfigureAwait(false);
        if (rows is null)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }

        _linesRead = rows.Count;
        direct = direct && IsNeverWritten(rows);

        // The batch's CPU work (profiles, rules, and on the direct path the rows' encoding) on the low-priority
        // threads: request threads come first.
        using var encoded = await cpu.RunAsync(
            () =>
            {
                Decide(rows, now, today, direct);
                return direct ? MassSendDirectWrite.Encode(job, _stage, _notifications, now) : null;
            },
            cancellationToken).ConfigureAwait(false);
        var done = rows.Count < batchSize;
        var next = rows.Count == 0 ? 0 : rows[^1].Ordinal + 1;
        var last = rows.Count == 0 ? -1 : rows[^1].Ordinal;
        if (encoded is not null)
        {
            try
            {
                await WriteDirectlyAsync(connection, transaction, encoded, next, done, rows.Count, last, cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                // Not expected (the lines were never written, and the job's UUIDs are its own); the statement's
                // probes sort out whatever row exists.
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                context.Metrics.DirectWriteFellBack();
                return await RunBatchAsync(connection, batchSize, direct: false, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            await CopyStageAsync(connection, cancellationToken).ConfigureAwait(false);
            await using var write = new NpgsqlCommand(MassSendSql.WriteBatch(job.Kind == MassSendKind.Personalised), connection, transaction) { CommandTimeout = CommandTimeoutSeconds };
            AddWriteParameters(write, now, next, done, rows.Count, last);
            await write.PrepareAsync(cancellationToken).ConfigureAwait(false);
            await using var reader = await write.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"Mass send {job.JobId}: slice {slice} has no checkpoint row.");
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        InvalidateInboxCaches();
        context.Metrics.BatchCommitted(rows.Count);
        if (_notifications.Count > 0)
        {
            context.NotificationSignal.Wake();
        }

        await context.LiveEvents.PublishDeliveredAsync(_stage, now, cancellationToken).ConfigureAwait(false);
        return done;
    }

    /// <summary>Locks the checkpoint and reads the next batch; null when the slice is already done.</summary>
    private async Task<List<MassSendRecipientRow>?> ReadBatchAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int batchSize, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction) { Timeout = CommandTimeoutSeconds };
        foreach (var setting in MassSendSql.BatchSettings)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(setting));
        }

        var lockSlice = new NpgsqlBatchCommand(MassSendSql.LockSlice);
        lockSlice.Parameters.Add(new NpgsqlParameter { Value = job.JobId, NpgsqlDbType = NpgsqlDbType.Uuid });
        lockSlice.Parameters.Add(new NpgsqlParameter { Value = slice, NpgsqlDbType = NpgsqlDbType.Integer });
        var read = new NpgsqlBatchCommand(MassSendSql.ReadBatch);
        read.Parameters.Add(new NpgsqlParameter { Value = job.JobId, NpgsqlDbType = NpgsqlDbType.Uuid });
        read.Parameters.Add(new NpgsqlParameter { Value = slice, NpgsqlDbType = NpgsqlDbType.Integer });
        read.Parameters.Add(new NpgsqlParameter { Value = batchSize, NpgsqlDbType = NpgsqlDbType.Integer });
        batch.BatchCommands.Add(lockSlice);
        batch.BatchCommands.Add(read);
        await batch.PrepareAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Mass send {job.JobId}: slice {slice} has no checkpoint row.");
        }

        if (reader.GetBoolean(1))
        {
            return null;
        }

        _writtenThrough = reader.GetInt64(2);

        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<MassSendRecipientRow>(batchSize);
        _profiles.Clear();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // Read as bytes here; parsed in Decide, off the I/O path.
            _profiles.Add(reader.IsDBNull(11) ? null : reader.GetFieldValue<byte[]>(11));

            rows.Add(new MassSendRecipientRow(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetGuid(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<byte[]>(3),
                reader.GetBoolean(4),
                reader.GetBoolean(5),
                reader.IsDBNull(6) ? null : reader.GetInt16(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetString(10),
                null));
        }

        return rows;
    }

    /// <summary>The batch's deliveries went past the mailbox grains: active grains drop their cached inbox pages.</summary>
    private void InvalidateInboxCaches()
    {
        var caches = InboxCacheStamps.Of(context.Mailboxes);
        foreach (var stage in _stage)
        {
            if (stage.Outcome == DeliveryOutcome.Delivered)
            {
                caches.Invalidate(stage.MailboxId);
            }
        }
    }

    /// <summary>
    /// Sets the line at the checkpoint aside after it failed alone: a dead letter with its error, an INVALID receipt
    /// (<see cref="ReceiptReasons.ProcessingFailed"/>) and the checkpoint past it, in one transaction. Past
    /// <see cref="MassSendOptions.MaxDeadLettersPerSlice"/> the slice stops with the error instead.
    /// </summary>
    private async Task DeadLetterAsync(NpgsqlConnection connection, Exception error, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockSlice = new NpgsqlCommand(MassSendSql.LockSlice, connection, transaction))
        {
            lockSlice.Parameters.Add(new NpgsqlParameter { Value = job.JobId, NpgsqlDbType = NpgsqlDbType.Uuid });
            lockSlice.Parameters.Add(new NpgsqlParameter { Value = slice, NpgsqlDbType = NpgsqlDbType.Integer });
            await lockSlice.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        long ordinal;
        string recipient;
        Guid messageUuid;
        long deadLetters;
        await using (var read = new NpgsqlCommand(MassSendSql.LineAtCheckpoint, connection, transaction))
        {
            read.Parameters.Add(new NpgsqlParameter { Value = job.JobId, NpgsqlDbType = NpgsqlDbType.Uuid });
            read.Parameters.Add(new NpgsqlParameter { Value = slice, NpgsqlDbType = NpgsqlDbType.Integer });
            await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            (ordinal, recipient, messageUuid, deadLetters) = (reader.GetInt64(0), reader.GetString(1), reader.GetGuid(2), reader.GetInt64(3));
        }

        if (deadLetters >= context.Options.MaxDeadLettersPerSlice)
        {
            throw new InvalidOperationException(
                $"Mass send {job.JobId}: slice {slice} already set aside {deadLetters} lines (MassSend:MaxDeadLettersPerSlice) and line {ordinal} failed too; the slice stops.", error);
        }

        var now = context.Time.GetUtcNow().ToUniversalTime();
        var text = $"{error.GetType().FullName}{(error is PostgresException pg ? " " + pg.SqlState : string.Empty)}: {error.Message}";
        await using (var write = new NpgsqlCommand(MassSendSql.DeadLetter, connection, transaction))
        {
            var p = write.Parameters;
            p.Add(new NpgsqlParameter { Value = job.JobId, NpgsqlDbType = NpgsqlDbType.Uuid });
            p.Add(new NpgsqlParameter { Value = slice, NpgsqlDbType = NpgsqlDbType.Integer });
            p.Add(new NpgsqlParameter { Value = ordinal, NpgsqlDbType = NpgsqlDbType.Bigint });
            p.Add(new NpgsqlParameter { Value = recipient, NpgsqlDbType = NpgsqlDbType.Text });
            p.Add(new NpgsqlParameter { Value = messageUuid, NpgsqlDbType = NpgsqlDbType.Uuid });
            p.Add(new NpgsqlParameter { Value = text.Length > 2000 ? text[..2000] : text, NpgsqlDbType = NpgsqlDbType.Text });
            p.Add(new NpgsqlParameter { Value = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            p.Add(new NpgsqlParameter { Value = job.SenderId, NpgsqlDbType = NpgsqlDbType.Text });
            p.Add(new NpgsqlParameter { Value = MassSendRecipients.MailboxOf(recipient), NpgsqlDbType = NpgsqlDbType.Text });
            p.Add(new NpgsqlParameter { Value = (short)ReceiptStatus.Invalid, NpgsqlDbType = NpgsqlDbType.Smallint });
            p.Add(new NpgsqlParameter { Value = ReceiptReasons.ProcessingFailed, NpgsqlDbType = NpgsqlDbType.Text });
            p.Add(new NpgsqlParameter { Value = "The letter could not be processed and was not delivered; the error is recorded for the operators.", NpgsqlDbType = NpgsqlDbType.Text });
            await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        context.Metrics.DeadLettered();
        // The error's type and state only: a message may quote the row (and with it a CPR number).
        LogDeadLettered(context.Logger, job.JobId, slice, ordinal, error.GetType().Name, (error as PostgresException)?.SqlState);
    }

    [LoggerMessage(EventId = 6520, Level = LogLevel.Warning, Message = "Mass send {JobId}: slice {Slice}, a batch of {Lines} lines failed ({Error}); halving it to find the line")]
    private static partial void LogNarrowing(ILogger logger, Guid jobId, int slice, int lines, string error);

    [LoggerMessage(EventId = 6521, Level = LogLevel.Error, Message = "Mass send {JobId}: slice {Slice}, line {Line} failed alone ({Error} {SqlState}) and was set aside as a dead letter with an INVALID receipt")]
    private static partial void LogDeadLettered(ILogger logger, Guid jobId, int slice, long line, string error, string? sqlState);

    /// <summary>
    /// True when no line of the batch was ever written (it starts above the slice's <c>written_through</c>) and every
    /// messageUUID holds its recipient's first line (<see cref="MassSendMessageIds"/>), kept in <see cref="_firstLines"/>
    /// so <see cref="Decide"/> can leave out repeated recipients.
    /// </summary>
    private bool IsNeverWritten(List<MassSendRecipientRow> rows)
    {
        _firstLines.Clear();
        if (rows.Count == 0 || rows[0].Ordinal <= _writtenThrough)
        {
            return false;
        }

        foreach (var row in rows)
        {
            if (!MassSendMessageIds.TryReadFirstLine(row.MessageUuid, _jobPrefix, slice, out var first) || first > row.Ordinal)
            {
                return false;
            }

            _firstLines.Add(first);
        }

        return true;
    }

    /// <summary>The direct path: binary COPY into the mailbox tables, then the checkpoint (same transaction).</summary>
    private async Task WriteDirectlyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, MassSendDirectWrite encoded, long next, bool done, int lines, long last,
        CancellationToken cancellationToken)
    {
        if (job.Kind == MassSendKind.Personalised)
        {
            // Personalised contents are shared by hash with other letters and jobs: stored through the stage, ON CONFLICT.
            await CopyStageAsync(connection, cancellationToken).ConfigureAwait(false);
            await using var contents = new NpgsqlCommand(MassSendSql.WriteStagedContents, connection, transaction) { CommandTimeout = CommandTimeoutSeconds };
            await contents.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await encoded.SendAsync(connection, cancellationToken).ConfigureAwait(false);
        var counts = encoded.Written;
        await using var checkpoint = new NpgsqlCommand(MassSendSql.MoveCheckpoint, connection, transaction) { CommandTimeout = CommandTimeoutSeconds };
        var p = checkpoint.Parameters;
        p.Add(new NpgsqlParameter { Value = job.JobId, NpgsqlDbType = NpgsqlDbType.Uuid });
        p.Add(new NpgsqlParameter { Value = slice, NpgsqlDbType = NpgsqlDbType.Integer });
        p.Add(new NpgsqlParameter { Value = next, NpgsqlDbType = NpgsqlDbType.Bigint });
        p.Add(new NpgsqlParameter { Value = done, NpgsqlDbType = NpgsqlDbType.Boolean });
        p.Add(new NpgsqlParameter { Value = (long)lines, NpgsqlDbType = NpgsqlDbType.Bigint });
        p.Add(new NpgsqlParameter { Value = counts.Delivered, NpgsqlDbType = NpgsqlDbType.Bigint });
        p.Add(new NpgsqlParameter { Value = counts.Printed, NpgsqlDbType = NpgsqlDbType.Bigint });
        p.Add(new NpgsqlParameter { Value = counts.Refused, NpgsqlDbType = NpgsqlDbType.Bigint });
        p.Add(new NpgsqlParameter { Value = counts.Invalid, NpgsqlDbType = NpgsqlDbType.Bigint });
        p.Add(new NpgsqlParameter { Value = last, NpgsqlDbType = NpgsqlDbType.Bigint });
        if (await checkpoint.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new InvalidOperationException($"Mass send {job.JobId}: slice {slice} has no checkpoint row.");
        }
    }

    /// <summary>
    /// Parses the profiles and decides every row into the stage; returns the staged count. On the
    /// <paramref name="direct"/> path a line whose recipient had an earlier line is left out: that line's
    /// letter is the recipient's one (the statement path finds its row instead).
    /// </summary>
    private int Decide(List<MassSendRecipientRow> rows, DateTimeOffset now, DateOnly today, bool direct)
    {
        _stage.Clear();
        _notifications.Clear();
        _seen.Clear();
        for (var i = 0; i < rows.Count; i++)
        {
            if (_profiles[i] is { } json)
            {
                rows[i] = rows[i] with { Profile = JsonSerializer.Deserialize<MailboxState>(json, context.StateJson) };
            }
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];

            // A recipient listed twice has one messageUUID: stage it once.
            if ((direct && _firstLines[i] != row.Ordinal) || !_seen.Add(row.MessageUuid))
            {
                continue;
            }

            var mailbox = MassSendRecipients.MailboxOf(row.Recipient);
            var idType = MassSendRecipients.IdTypeOf(row.Recipient);
            var letter = job.Template;
            if (letter is null)
            {
                var (message, problem) = MassSendLetter.Read(row.Memo, context.Mailboxes.Options);
                if (message is null)
                {
                    _stage.Add(new MassSendStage(mailbox, row.MessageUuid, row.Recipient, idType, DeliveryOutcome.Invalid, ReceiptStatus.Invalid, ReceiptReasons.MessageInvalid, problem, null, null));
                    continue;
                }

                letter = MassSendLetter.From(message);
            }

            if (MassSendFacts.From(row) is not { } facts)
            {
                _stage.Add(new MassSendStage(mailbox, row.MessageUuid, row.Recipient, idType, DeliveryOutcome.Invalid, ReceiptStatus.Invalid, ReceiptReasons.RecipientNotFound,
                    "The recipient is not in the CPR/CVR registry.", null, null));
                continue;
            }

            // The very rules the mailbox grain applies to a single delivery.
            var decision = DeliveryDecider.Decide(facts, new IncomingMessageFacts(SenderKind.Authority, job.AuthorityKey, letter.DoNotDeliverUntil), today, context.Mailboxes.ExemptionExceptionSenders);
            var personal = job.Template is null ? letter : null;
            switch (decision.Action)
            {
                case DeliveryAction.Deliver:
                    _stage.Add(new MassSendStage(mailbox, row.MessageUuid, row.Recipient, idType, DeliveryOutcome.Delivered, ReceiptStatus.Received, null, null, null, personal));
                    AddNotifications(mailbox, row, letter, now);
                    break;
                case DeliveryAction.Print:
                    _stage.Add(new MassSendStage(mailbox, row.MessageUuid, row.Recipient, idType, DeliveryOutcome.Printed, ReceiptStatus.Received, decision.ReasonCode, decision.Detail,
                        MassSendFacts.PrintAddressJson(row), personal));
                    break;
                case DeliveryAction.Refuse:
                    _stage.Add(new MassSendStage(mailbox, row.MessageUuid, row.Recipient, idType, DeliveryOutcome.NotAllowed, ReceiptStatus.NotAllowed, decision.ReasonCode, decision.Detail, null, null));
                    break;
                default:
                    // The job itself waits for the doNotDeliverUntilDate (it is scheduled for the start of that day).
                    throw new InvalidOperationException($"Mass send {job.JobId} ran before its doNotDeliverUntilDate ({letter.DoNotDeliverUntil:yyyy-MM-dd}, today {today:yyyy-MM-dd}).");
            }
        }

        return _stage.Count;
    }

    private void AddNotifications(string mailbox, MassSendRecipientRow row, MassSendLetter letter, DateTimeOffset now)
    {
        if (row.Profile is not { } profile)
        {
            return;
        }

        // The same recipients and ids as the mailbox grain's new-post notification: the owner when
        // a channel is set, and each delegate person who opted in, once.
        var kind = letter.LegalNotification ? NotificationKind.NewLegalNotification : NotificationKind.NewPost;
        var id = MailboxId.Parse(mailbox);
        var settings = profile.Notifications;
        if (settings.Emails.Count + settings.PhoneNumbers.Count + settings.PushDevices.Count > 0)
        {
            _notifications.Add(new MassSendNotificationRow(NotificationIds.For(id, row.MessageUuid, kind), mailbox, null, row.MessageUuid, letter.LegalNotification,
                JsonSerializer.Serialize(settings, context.StateJson)));
        }

        foreach (var delegateCpr in profile.Grants.Where(g => g.NotifyDelegate && g.IsInForce(now)).Select(g => g.DelegateCpr).Distinct(StringComparer.Ordinal))
        {
            _notifications.Add(new MassSendNotificationRow(NotificationIds.For(id, row.MessageUuid, kind, delegateCpr), mailbox, delegateCpr, row.MessageUuid, letter.LegalNotification,
                JsonSerializer.Serialize(NotificationSettings.None, context.StateJson)));
        }
    }

    private async Task CopyStageAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using (var importer = await connection.BeginBinaryImportAsync(MassSendSql.CopyStage, cancellationToken).ConfigureAwait(false))
        {
            foreach (var s in _stage)
            {
                importer.StartRow();
                importer.Write(s.MailboxId, NpgsqlDbType.Text);
                importer.Write(s.MessageUuid, NpgsqlDbType.Uuid);
                importer.Write(s.RecipientId, NpgsqlDbType.Text);
                importer.Write(s.IdType, NpgsqlDbType.Text);
                importer.Write((short)s.Outcome, NpgsqlDbType.Smallint);
                importer.Write((short)s.Receipt, NpgsqlDbType.Smallint);
                WriteText(importer, s.ReasonCode);
                WriteText(importer, s.Detail);
                if (s.AddressJson is null)
                {
                    importer.WriteNull();
                }
                else
                {
                    importer.Write(s.AddressJson, NpgsqlDbType.Jsonb);
                }

                if (s.Letter is { } l)
                {
                    importer.Write(l.Content.Sha256, NpgsqlDbType.Bytea);
                    importer.Write(l.Label, NpgsqlDbType.Text);
                    importer.Write(l.SearchText, NpgsqlDbType.Text);
                    importer.Write(l.SenderLabel, NpgsqlDbType.Text);
                    importer.Write(l.LegalNotification, NpgsqlDbType.Boolean);
                    importer.Write(l.ReplyAllowed, NpgsqlDbType.Boolean);
                    if (l.ReplyBy is { } replyBy)
                    {
                        importer.Write(replyBy.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                    }
                    else
                    {
                        importer.WriteNull();
                    }

                    importer.Write(l.SizeBytes, NpgsqlDbType.Bigint);
                    importer.Write(l.Files.Count, NpgsqlDbType.Integer);
                }
                else
                {
                    for (var i = 0; i < 9; i++)
                    {
                        importer.WriteNull();
                    }
                }
            }

            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        if (job.Kind != MassSendKind.Personalised)
        {
            return;
        }

        await using (var files = await connection.BeginBinaryImportAsync(MassSendSql.CopyStageFiles, cancellationToken).ConfigureAwait(false))
        {
            foreach (var s in _stage)
            {
                if (s.Letter is not { } l)
                {
                    continue;
                }

                for (var i = 0; i < l.Files.Count; i++)
                {
                    files.StartRow();
                    files.Write(s.MailboxId, NpgsqlDbType.Text);
                    files.Write(s.MessageUuid, NpgsqlDbType.Uuid);
                    files.Write(i + 1, NpgsqlDbType.Integer);
                    files.Write(l.Files[i].DocumentKind, NpgsqlDbType.Text);
                    files.Write(l.Files[i].Filename, NpgsqlDbType.Text);
                    files.Write(l.Files[i].EncodingFormat, NpgsqlDbType.Text);
                    files.Write(l.Files[i].SizeBytes, NpgsqlDbType.Bigint);
                }
            }

            await files.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var contents = await connection.BeginBinaryImportAsync(MassSendSql.CopyStageContents, cancellationToken).ConfigureAwait(false))
        {
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var s in _stage)
            {
                if (s.Letter is { } l && written.Add(Convert.ToHexString(l.Content.Sha256)))
                {
                    contents.StartRow();
                    contents.Write(l.Content.Sha256, NpgsqlDbType.Bytea);
                    contents.Write(l.Content.Data, NpgsqlDbType.Bytea);
                }
            }

            await contents.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void WriteText(NpgsqlBinaryImporter importer, string? value)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, NpgsqlDbType.Text);
        }
    }

    private void AddWriteParameters(NpgsqlCommand command, DateTimeOffset now, long next, bool done, int lines, long last)
    {
        var t = job.Template;
        var p = command.Parameters;
        p.Add(new NpgsqlParameter { Value = job.SenderId, NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new NpgsqlParameter { Value = now.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        p.Add(new NpgsqlParameter { Value = (short)SenderKind.Authority, NpgsqlDbType = NpgsqlDbType.Smallint });
        p.Add(new NpgsqlParameter { Value = (object?)t?.Label ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new NpgsqlParameter { Value = (object?)t?.SearchText ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new NpgsqlParameter { Value = (object?)t?.SenderLabel ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new NpgsqlParameter { Value = (object?)t?.LegalNotification ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Boolean });
        p.Add(new NpgsqlParameter { Value = (object?)t?.ReplyAllowed ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Boolean });
        p.Add(new NpgsqlParameter { Value = (object?)t?.ReplyBy?.ToUniversalTime() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        p.Add(new NpgsqlParameter { Value = (object?)t?.Content.Sha256 ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bytea });
        p.Add(new NpgsqlParameter { Value = (object?)t?.SizeBytes ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        p.Add(new NpgsqlParameter { Value = (object?)t?.Files.Count ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        p.Add(new NpgsqlParameter { Value = job.JobId, NpgsqlDbType = NpgsqlDbType.Uuid });
        p.Add(new NpgsqlParameter { Value = slice, NpgsqlDbType = NpgsqlDbType.Integer });
        p.Add(new NpgsqlParameter { Value = next, NpgsqlDbType = NpgsqlDbType.Bigint });
        p.Add(new NpgsqlParameter { Value = done, NpgsqlDbType = NpgsqlDbType.Boolean });
        p.Add(new NpgsqlParameter { Value = (long)lines, NpgsqlDbType = NpgsqlDbType.Bigint });
        if (job.Kind != MassSendKind.Personalised)
        {
            var files = t!.Files;
            p.Add(new NpgsqlParameter { Value = files.Select(f => f.DocumentKind).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            p.Add(new NpgsqlParameter { Value = files.Select(f => f.Filename).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            p.Add(new NpgsqlParameter { Value = files.Select(f => f.EncodingFormat).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            p.Add(new NpgsqlParameter { Value = files.Select(f => f.SizeBytes).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        }
        else
        {
            // Numbered parameters must all exist; the personalised statement does not use these four.
            for (var i = 0; i < 3; i++)
            {
                p.Add(new NpgsqlParameter { Value = Array.Empty<string>(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            }

            p.Add(new NpgsqlParameter { Value = Array.Empty<long>(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        }

        p.Add(new NpgsqlParameter { Value = _notifications.Select(n => n.NotificationId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        p.Add(new NpgsqlParameter { Value = _notifications.Select(n => n.MailboxId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        p.Add(new NpgsqlParameter { Value = _notifications.Select(n => (object?)n.DelegateCpr ?? DBNull.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        p.Add(new NpgsqlParameter { Value = _notifications.Select(n => n.MessageUuid).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        p.Add(new NpgsqlParameter { Value = _notifications.Select(n => n.Legal).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Boolean });
        p.Add(new NpgsqlParameter { Value = _notifications.Select(n => n.ChannelsJson).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        p.Add(new NpgsqlParameter { Value = last, NpgsqlDbType = NpgsqlDbType.Bigint });
    }
}
