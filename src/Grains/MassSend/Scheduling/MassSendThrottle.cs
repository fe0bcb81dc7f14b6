using Microsoft.Extensions.Logging;

namespace DigitalPost.Grains.MassSend.Scheduling;

/// <summary>
/// Applies the governor to one job's workers: a gate admitting <see cref="GovernorState.Parallelism"/> batches at a
/// time, the batch size to read, and the pause after each batch. <see cref="RunAsync"/> asks the governor every
/// <see cref="MassSendGovernorOptions.Interval"/> (on the injected clock); <see cref="Tick"/> is one such decision.
/// A worker waiting at the gate holds its connection but no transaction, so nothing the interactive path needs is locked.
/// </summary>
public sealed partial class MassSendThrottle
{
    private readonly MassSendOptions _options;
    private readonly MassSendGovernor _governor;
    private readonly IInteractiveLatencySource _latency;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private readonly LinkedList<TaskCompletionSource> _waiting = new();
    private GovernorState _state;
    private int _active;

    public MassSendThrottle(MassSendOptions options, MassSendGovernor governor, IInteractiveLatencySource latency, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _governor = governor;
        _latency = latency;
        _time = time;
        _logger = logger;
        _state = GovernorState.Full(options);
    }

    /// <summary>Raised after every decision with the state it led to (also when unchanged).</summary>
    public event Action<GovernorState>? Decided;

    /// <summary>The current limits.</summary>
    public GovernorState State
    {
        get
        {
            lock (_lock)
            {
                return _state;
            }
        }
    }

    /// <summary>Batches running now (admitted and not yet released).</summary>
    public int Active
    {
        get
        {
            lock (_lock)
            {
                return _active;
            }
        }
    }

    /// <summary>Decides every interval until cancelled (returns at once when the governor is disabled).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!_options.Governor.Enabled)
        {
            return;
        }

        // Latency from before the job says nothing about the job, but whether interactive requests are being served
        // decides how it starts. Workers start after this synchronous part (the processor calls RunAsync first).
        var beforeJob = _latency.Take(_options.Governor.Percentile);
        lock (_lock)
        {
            _state = _governor.Start(beforeJob);
            Admit();
        }

        var start = State;
        LogStarted(_logger, beforeJob.Count, start.Parallelism, start.BatchSize);

        using var timer = new PeriodicTimer(_options.Governor.Interval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                Tick();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One decision: reads the latency of the interval that ended and applies the governor's next state.</summary>
    public GovernorState Tick()
    {
        var window = _latency.Take(_options.Governor.Percentile);
        GovernorState before;
        GovernorState after;
        lock (_lock)
        {
            before = _state;
            after = _governor.Decide(before, window);
            _state = after;
            Admit();
        }

        if (after != before)
        {
            LogChanged(_logger, window.Count, window.Percentile.TotalMilliseconds, after.Parallelism, after.BatchSize, after.Pause.TotalMilliseconds);
        }

        Decided?.Invoke(after);
        return after;
    }

    /// <summary>Waits for a turn to run a batch; returns the batch size to read. Pair with <see cref="Release"/>.</summary>
    public async ValueTask<int> EnterAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource turn;
        lock (_lock)
        {
            if (_active < _state.Parallelism && _waiting.Count == 0)
            {
                _active++;
                return _state.BatchSize;
            }

            turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.AddLast(turn);
        }

        await using (cancellationToken.Register(() =>
        {
            lock (_lock)
            {
                // Only a turn not yet given can be withdrawn; a given one is released by the caller.
                if (turn.TrySetCanceled(cancellationToken))
                {
                    _waiting.Remove(turn);
                }
            }
        }).ConfigureAwait(false))
        {
            await turn.Task.ConfigureAwait(false);
        }

        lock (_lock)
        {
            return _state.BatchSize;
        }
    }

    /// <summary>Ends a batch's turn (admitting a waiting worker if the limit allows).</summary>
    public void Release()
    {
        lock (_lock)
        {
            _active--;
            Admit();
        }
    }

    /// <summary>The pause the governor wants between a worker's batches (none at full speed).</summary>
    public async Task PauseAsync(CancellationToken cancellationToken)
    {
        var pause = State.Pause;
        if (pause > TimeSpan.Zero)
        {
            await Task.Delay(pause, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Admit()
    {
        while (_active < _state.Parallelism && _waiting.First is { } first)
        {
            _waiting.RemoveFirst();
            if (first.Value.TrySetResult())
            {
                _active++;
            }
        }
    }

    [LoggerMessage(EventId = 6514, Level = LogLevel.Information,
        Message = "Mass send governor: {Count} interactive requests since the previous job; starting with {Parallelism} workers, batches of {BatchSize}")]
    private static partial void LogStarted(ILogger logger, int count, int parallelism, int batchSize);

    [LoggerMessage(EventId = 6510, Level = LogLevel.Information,
        Message = "Mass send governor: {Count} interactive requests in the interval, percentile {LatencyMs:F1} ms; now {Parallelism} workers, batches of {BatchSize}, pause {PauseMs:F0} ms")]
    private static partial void LogChanged(ILogger logger, int count, double latencyMs, int parallelism, int batchSize, double pauseMs);
}
