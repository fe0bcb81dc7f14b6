namespace DigitalPost.LoadTests.Harness;

/// <summary>The mutable state of one scenario during a run: recorders, counters, time series.</summary>
internal sealed class ScenarioRun : IScenarioProgress
{
    private readonly LoadRunnerOptions _options;
    private readonly List<(string Name, MetricRecorder Recorder)> _steps = [];
    private readonly List<TimeSeriesPoint> _timeSeries = [];
    private readonly List<ScenarioMetric> _metrics = [];
    private readonly Lock _lock = new();
    private LatencyHistogram _sampledLatency;
    private long _sampledOk;
    private long _sampledFailed;
    private TimeSpan _sampledAt;
    private (LatencyHistogram Latency, long Ok, long Failed, TimeSpan At) _beforeLast;
    private long _invocations;
    private long _finishedAtTicks = -1;

    public ScenarioRun(Scenario scenario, ILoadClock clock, LoadRunnerOptions options)
    {
        Scenario = scenario;
        Clock = clock;
        _options = options;
        Recorder = new MetricRecorder(options.HighestTrackableLatency);
        _sampledLatency = new LatencyHistogram(Math.Max(1, options.HighestTrackableLatency.Ticks));
    }

    public Scenario Scenario { get; }

    public ILoadClock Clock { get; }

    public MetricRecorder Recorder { get; }

    public object? State { get; set; }

    public TimeSpan StartedAt { get; private set; }

    public bool Exhausted { get; private set; }

    public string Name => Scenario.Name;

    // Read by the live view on another thread, hence ticks and Volatile rather than a nullable TimeSpan.
    public TimeSpan Elapsed => (IsCompleted ? new TimeSpan(Volatile.Read(ref _finishedAtTicks)) : Clock.Elapsed) - StartedAt;

    public bool IsCompleted => Volatile.Read(ref _finishedAtTicks) >= 0;

    public TimeSeriesPoint? LatestPoint
    {
        get
        {
            lock (_lock)
            {
                return _timeSeries.Count == 0 ? null : _timeSeries[^1];
            }
        }
    }

    public IReadOnlyList<TimeSeriesPoint> TimeSeries
    {
        get
        {
            lock (_lock)
            {
                return [.. _timeSeries];
            }
        }
    }

    public StatsSnapshot Snapshot() => Recorder.Snapshot();

    public IReadOnlyList<ScenarioMetric> Metrics
    {
        get
        {
            lock (_lock)
            {
                return [.. _metrics];
            }
        }
    }

    public void ReportMetric(ScenarioMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentException.ThrowIfNullOrWhiteSpace(metric.Name);
        lock (_lock)
        {
            var index = _metrics.FindIndex(existing => existing.Name == metric.Name);
            if (index >= 0)
            {
                _metrics[index] = metric;
            }
            else
            {
                _metrics.Add(metric);
            }
        }
    }

    public void Start(TimeSpan at)
    {
        StartedAt = at;
        _sampledAt = at;
    }

    public void Finish(TimeSpan at) => Volatile.Write(ref _finishedAtTicks, at.Ticks);

    /// <summary>Claims the next invocation number, or fails once the scenario's iteration bound is reached.</summary>
    public bool TryClaimIteration(out long invocation)
    {
        invocation = Interlocked.Increment(ref _invocations) - 1;
        if (Scenario.MaxIterations is { } max && invocation >= max)
        {
            Exhausted = true;
            return false;
        }

        return true;
    }

    public MetricRecorder StepRecorder(string name)
    {
        lock (_lock)
        {
            foreach (var (stepName, recorder) in _steps)
            {
                if (stepName == name)
                {
                    return recorder;
                }
            }

            var created = new MetricRecorder(_options.HighestTrackableLatency);
            _steps.Add((name, created));
            return created;
        }
    }

    public IReadOnlyList<StepReport> StepReports(TimeSpan duration)
    {
        lock (_lock)
        {
            return [.. _steps.Select(step => new StepReport(step.Name, StatsSummary.From(step.Recorder.Snapshot(), duration)))];
        }
    }

    /// <summary>
    /// Adds a time-series point for everything completed since the previous one, up to <paramref name="at"/>.
    /// A final interval shorter than <paramref name="mergeBelow"/> is folded into the point before it, so the
    /// chart does not end on a spike computed over a few milliseconds.
    /// </summary>
    public void Sample(TimeSpan at, TimeSpan mergeBelow = default)
    {
        var snapshot = Recorder.Snapshot();
        lock (_lock)
        {
            if (at - _sampledAt < mergeBelow && _timeSeries.Count > 0)
            {
                _timeSeries.RemoveAt(_timeSeries.Count - 1);
                (_sampledLatency, _sampledOk, _sampledFailed, _sampledAt) = _beforeLast;
            }

            var width = at - _sampledAt;
            if (width <= TimeSpan.Zero)
            {
                return;
            }

            var interval = snapshot.Latency.Since(_sampledLatency);
            var ok = snapshot.Ok - _sampledOk;
            var failed = snapshot.Failed - _sampledFailed;
            static double Ms(long ticks) => (double)ticks / TimeSpan.TicksPerMillisecond;
            _timeSeries.Add(new TimeSeriesPoint(
                (at - StartedAt).TotalSeconds,
                ok,
                failed,
                (ok + failed) / width.TotalSeconds,
                Ms(interval.ValueAtPercentile(50)),
                Ms(interval.ValueAtPercentile(75)),
                Ms(interval.ValueAtPercentile(95)),
                Ms(interval.ValueAtPercentile(99)),
                Ms(interval.Max)));
            _beforeLast = (_sampledLatency, _sampledOk, _sampledFailed, _sampledAt);
            _sampledLatency = snapshot.Latency;
            _sampledOk = snapshot.Ok;
            _sampledFailed = snapshot.Failed;
            _sampledAt = at;
        }
    }
}
