using DigitalPost.Grains.Interfaces.Registry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DigitalPost.Grains.Registry;

/// <summary>
/// Delivers committed registry events from the <c>registry_event</c> outbox to every registered
/// <see cref="IRegistryEventHandler"/>, oldest first. Each (event, handler) delivery is recorded
/// after the handler returns, so a restart resumes where it stopped and a handler sees an event
/// again only if the process died between its return and that record (at-least-once; handlers
/// dedupe by event id). A failing handler stops the pass at that event (order is kept) and the
/// event is retried with exponential backoff. One pass at a time across silos: a PostgreSQL
/// advisory lock guards it.
/// </summary>
public sealed class RegistryEventDispatcher
{
    /// <summary>Advisory lock key of the dispatch pass ("DPREGEV").</summary>
    public const long AdvisoryLockKey = 0x44505245474556;

    private readonly DataSourceProvider _dataSource;
    private readonly IReadOnlyList<IRegistryEventHandler> _handlers;
    private readonly RegistryOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RegistryEventDispatcher(
        DataSourceProvider dataSource,
        IEnumerable<IRegistryEventHandler> handlers,
        IOptions<RegistryOptions> options,
        TimeProvider timeProvider,
        ILogger<RegistryEventDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        ArgumentNullException.ThrowIfNull(options);
        _dataSource = dataSource;
        _handlers = handlers.OrderBy(h => h.Name, StringComparer.Ordinal).ToList();
        var duplicate = _handlers.GroupBy(h => h.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"More than one registry event handler is named '{duplicate.Key}'; deliveries are recorded by name.", nameof(handlers));
        }

        _options = options.Value;
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.DispatchBatchSize, 1);
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The registered handlers, by name.</summary>
    public IReadOnlyList<IRegistryEventHandler> Handlers => _handlers;

    /// <summary>Asks for a pass now (called after an event is committed).</summary>
    public void Wake() => Volatile.Read(ref _wake).TrySetResult();

    /// <summary>Waits until <see cref="Wake"/> is called or <paramref name="timeout"/> passes on the clock.</summary>
    public async Task WaitForWakeAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var wake = Volatile.Read(ref _wake);
        if (!wake.Task.IsCompleted)
        {
            using var delayCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(timeout, _timeProvider, delayCancellation.Token);
            await Task.WhenAny(wake.Task, delay).ConfigureAwait(false);
            await delayCancellation.CancelAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }

        // A wake-up that arrives after this point completes the new source: the next wait returns at once.
        Interlocked.CompareExchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), wake);
    }

    /// <summary>
    /// One pass: delivers pending events until none is left or one is waiting for a retry.
    /// Returns the number of events delivered to all handlers; 0 also when another silo holds the pass.
    /// </summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var source = await _dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (!await TryLockAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        try
        {
            var delivered = 0;
            while (true)
            {
                var batch = await RegistryEventStore.ReadPendingAsync(connection, _options.DispatchBatchSize, cancellationToken).ConfigureAwait(false);
                if (batch.Count == 0)
                {
                    break;
                }

                var deliveries = await RegistryEventStore.ReadDeliveriesAsync(connection, batch.Select(e => e.Event.EventId).ToArray(), cancellationToken).ConfigureAwait(false);
                foreach (var pending in batch)
                {
                    if (!await DeliverAsync(connection, pending, deliveries[pending.Event.EventId], cancellationToken).ConfigureAwait(false))
                    {
                        RegistryLog.Delivered(_logger, delivered);
                        return delivered;
                    }

                    delivered++;
                }

                if (batch.Count < _options.DispatchBatchSize)
                {
                    break;
                }
            }

            RegistryLog.Delivered(_logger, delivered);
            return delivered;
        }
        finally
        {
            // A broken connection ends the session, which releases the lock as well.
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
                unlock.Parameters.Add(new NpgsqlParameter<long> { TypedValue = AdvisoryLockKey });
                await unlock.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Delivers one event to each handler that has not had it; false when it must wait for a retry.</summary>
    private async Task<bool> DeliverAsync(NpgsqlConnection connection, PendingRegistryEvent pending, IEnumerable<string> alreadyDelivered, CancellationToken cancellationToken)
    {
        if (pending.NextAttemptAt is { } next && next > _timeProvider.GetUtcNow())
        {
            return false;
        }

        var done = alreadyDelivered.ToHashSet(StringComparer.Ordinal);
        foreach (var handler in _handlers)
        {
            if (done.Contains(handler.Name))
            {
                continue;
            }

            try
            {
                await handler.HandleAsync(pending.Event, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                var attempt = pending.Attempts + 1;
                var nextAttemptAt = _timeProvider.GetUtcNow() + RetryDelay(attempt);
                RegistryLog.HandlerFailed(_logger, ex, handler.Name, pending.Event.EventId, pending.Event.Kind, attempt, nextAttemptAt);
                await RegistryEventStore.RecordFailureAsync(connection, pending.Event.EventId, nextAttemptAt, $"{handler.Name}: {ex.GetType().Name}: {ex.Message}", cancellationToken).ConfigureAwait(false);
                return false;
            }

            await RegistryEventStore.RecordDeliveryAsync(connection, pending.Event.EventId, handler.Name, _timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        await RegistryEventStore.MarkDispatchedAsync(connection, pending.Event.EventId, _timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private TimeSpan RetryDelay(int attempt)
    {
        var factor = Math.Pow(2, Math.Min(attempt - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(_options.RetryDelay.Ticks * factor, _options.MaxRetryDelay.Ticks));
        return delay;
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = AdvisoryLockKey });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }
}
