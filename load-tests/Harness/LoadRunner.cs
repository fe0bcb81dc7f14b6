namespace DigitalPost.LoadTests.Harness;

/// <summary>
/// Runs scenarios (concurrently with each other) through their load phases and collects a <see cref="RunReport"/>.
/// Open-model phases start iterations at their scheduled times whatever earlier ones are doing and measure
/// latency from the scheduled time, so a slow target cannot hide its slowness by slowing the load down
/// (coordinated omission). Closed-model phases run copies back to back. Runs end when the phases end, when a
/// scenario's iteration bound is reached, or on cancellation; iterations still running then get
/// <see cref="LoadRunnerOptions.DrainTimeout"/> to finish before they are cancelled.
/// </summary>
public sealed class LoadRunner
{
    private readonly LoadRunnerOptions _options;
    private readonly ILoadClock _clock;
    private readonly TimeProvider _time;

    /// <summary>A runner on <paramref name="clock"/> (pacing) and <paramref name="time"/> (wall-clock timestamps, drain timeout).</summary>
    public LoadRunner(LoadRunnerOptions? options = null, ILoadClock? clock = null, TimeProvider? time = null)
    {
        _options = options ?? new LoadRunnerOptions();
        _time = time ?? TimeProvider.System;
        _clock = clock ?? new SystemLoadClock(_time);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxInFlight, 1);
    }

    /// <summary>Runs <paramref name="scenarios"/> to completion.</summary>
    public Task<RunReport> RunAsync(IReadOnlyList<Scenario> scenarios, string target, CancellationToken cancellationToken) =>
        Start(scenarios, target, cancellationToken).Completion;

    /// <summary>Starts <paramref name="scenarios"/>, returning live views at once.</summary>
    public RunningLoadTest Start(IReadOnlyList<Scenario> scenarios, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        if (scenarios.Select(scenario => scenario.Name).Distinct(StringComparer.Ordinal).Count() != scenarios.Count)
        {
            throw new ArgumentException("Scenario names must be unique in a run.", nameof(scenarios));
        }

        var runs = scenarios.Select(scenario => new ScenarioRun(scenario, _clock, _options)).ToList();
        foreach (var run in runs)
        {
            // Plan eagerly so a bad simulation fails the call, not the run.
            _ = LoadPhase.Plan(run.Scenario.Simulations);
        }

        return new RunningLoadTest(runs, RunAllAsync(runs, target, cancellationToken));
    }

    private async Task<RunReport> RunAllAsync(List<ScenarioRun> runs, string target, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var startedAt = _time.GetUtcNow();
        var start = _clock.Elapsed;
        var reports = await Task.WhenAll(runs.Select(run => RunScenarioAsync(run, cancellationToken))).ConfigureAwait(false);
        return new RunReport(startedAt, _clock.Elapsed - start, target, reports);
    }

    private async Task<ScenarioReport> RunScenarioAsync(ScenarioRun run, CancellationToken cancellationToken)
    {
        var scenario = run.Scenario;
        if (scenario.Init is { } init)
        {
            run.State = await init(cancellationToken).ConfigureAwait(false);
        }

        using var iterations = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var stopSampling = new CancellationTokenSource();
        using var inFlightLimit = new SemaphoreSlim(_options.MaxInFlight, _options.MaxInFlight);
        var tracker = new InFlightTracker();
        var origin = _clock.Elapsed;
        run.Start(origin);
        var sampler = _options.SampleInterval > TimeSpan.Zero ? SampleAsync(run, origin, stopSampling.Token) : Task.CompletedTask;

        try
        {
            foreach (var phase in LoadPhase.Plan(scenario.Simulations))
            {
                var phaseStart = origin + phase.Start;
                switch (phase.Model)
                {
                    case LoadModel.Open:
                        await RunOpenPhaseAsync(run, phase, phaseStart, tracker, inFlightLimit, iterations.Token, cancellationToken).ConfigureAwait(false);
                        break;
                    case LoadModel.Closed:
                        await RunClosedPhaseAsync(run, phase, phaseStart, iterations.Token, cancellationToken).ConfigureAwait(false);
                        break;
                    case LoadModel.Pause:
                        break;
                }

                if (run.Exhausted)
                {
                    break;
                }

                // Every phase lasts its full length, so the next one starts on time.
                await _clock.WaitUntilAsync(origin + phase.End, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped from outside: report what was measured so far.
        }

        tracker.Close();
        try
        {
            await tracker.Drained.WaitAsync(_options.DrainTimeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            await iterations.CancelAsync().ConfigureAwait(false);
            await tracker.Drained.ConfigureAwait(false);
        }

        var end = _clock.Elapsed;
        await stopSampling.CancelAsync().ConfigureAwait(false);
        await sampler.ConfigureAwait(false);
        if (_options.SampleInterval > TimeSpan.Zero)
        {
            run.Sample(end, mergeBelow: _options.SampleInterval / 2);
        }

        run.Finish(end);
        if (scenario.Clean is { } clean)
        {
            await clean(run.State, CancellationToken.None).ConfigureAwait(false);
        }

        var duration = end - origin;
        var stats = StatsSummary.From(run.Snapshot(), duration);
        var steps = run.StepReports(duration);
        var metrics = run.Metrics;
        return new ScenarioReport(
            scenario.Name,
            duration,
            stats,
            steps,
            run.TimeSeries,
            [.. scenario.Thresholds.Select(threshold => threshold.Check(stats, steps, metrics))])
        {
            Metrics = metrics,
        };
    }

    private async Task RunOpenPhaseAsync(
        ScenarioRun run,
        LoadPhase phase,
        TimeSpan phaseStart,
        InFlightTracker tracker,
        SemaphoreSlim inFlightLimit,
        CancellationToken iterationToken,
        CancellationToken cancellationToken)
    {
        for (long index = 0; phase.InjectOffset(index) is { } offset; index++)
        {
            var due = phaseStart + offset;
            await _clock.WaitUntilAsync(due, cancellationToken).ConfigureAwait(false);
            if (!run.TryClaimIteration(out var invocation))
            {
                return;
            }

            await inFlightLimit.WaitAsync(cancellationToken).ConfigureAwait(false);
            tracker.Enter();

            // Off the scheduler's thread, so a step that blocks before its first await cannot delay later starts.
            _ = Task.Run(async () =>
            {
                try
                {
                    await RunIterationAsync(run, invocation, -1, due, iterationToken).ConfigureAwait(false);
                }
                finally
                {
                    inFlightLimit.Release();
                    tracker.Exit();
                }
            }, CancellationToken.None);
        }
    }

    private async Task RunClosedPhaseAsync(ScenarioRun run, LoadPhase phase, TimeSpan phaseStart, CancellationToken iterationToken, CancellationToken cancellationToken)
    {
        var end = phaseStart + phase.During;
        var copies = new Task[phase.MaxCopies];
        for (var copy = 0; copy < copies.Length; copy++)
        {
            var number = copy;
            copies[copy] = Task.Run(() => RunCopyAsync(run, phase, phaseStart, end, number, iterationToken, cancellationToken), CancellationToken.None);
        }

        await Task.WhenAll(copies).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task RunCopyAsync(ScenarioRun run, LoadPhase phase, TimeSpan phaseStart, TimeSpan end, int copy, CancellationToken iterationToken, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var now = _clock.Elapsed;
                if (now >= end)
                {
                    return;
                }

                if (copy >= phase.CopiesAt(now - phaseStart))
                {
                    // Not wanted yet (or any more) on this ramp: look again shortly.
                    var next = now + _options.CopyPollInterval;
                    await _clock.WaitUntilAsync(next < end ? next : end, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (!run.TryClaimIteration(out var invocation))
                {
                    return;
                }

                await RunIterationAsync(run, invocation, copy, now, iterationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The run was stopped; the phase loop reports it.
        }
    }

    private async Task RunIterationAsync(ScenarioRun run, long invocation, int copy, TimeSpan intendedStart, CancellationToken cancellationToken)
    {
        var context = new ScenarioContext(run, invocation, copy, intendedStart, cancellationToken);
        var response = await Invoke.Safely(() => run.Scenario.Run(context), cancellationToken).ConfigureAwait(false);
        run.Recorder.Record(response, _clock.Elapsed - intendedStart);
    }

    private async Task SampleAsync(ScenarioRun run, TimeSpan origin, CancellationToken stop)
    {
        var next = origin + _options.SampleInterval;
        try
        {
            while (true)
            {
                await _clock.WaitUntilAsync(next, stop).ConfigureAwait(false);
                run.Sample(next);
                next += _options.SampleInterval;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The scenario finished; its last, partial interval is sampled by the caller.
        }
    }
}
