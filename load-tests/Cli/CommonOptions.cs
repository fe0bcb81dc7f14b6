using System.CommandLine;
using DigitalPost.LoadTests.Harness;
using DigitalPost.LoadTests.Scenarios;

namespace DigitalPost.LoadTests.Cli;

/// <summary>The options every scenario command takes; a fresh set per command.</summary>
internal sealed class CommonOptions
{
    public Option<string> Target { get; } = new("--target") { Description = "Base URL of the target (one silo or a cluster's front)", DefaultValueFactory = _ => "http://127.0.0.1:5000" };

    public Option<TimeSpan> Duration { get; } = Duration_("--duration", "Length of the main load phase (500ms, 30s, 2m, hh:mm:ss)", TimeSpan.FromSeconds(30));

    public Option<TimeSpan> RampUp { get; } = Duration_("--ramp-up", "Ramp from 0 to the rate or copies before the main phase", TimeSpan.Zero);

    public Option<double> Rate { get; } = new("--rate") { Description = "Iterations started per --interval (open model; ignored with --copies)", DefaultValueFactory = _ => 100 };

    public Option<TimeSpan> Interval { get; } = Duration_("--interval", "The interval --rate counts per", TimeSpan.FromSeconds(1));

    public Option<int?> Copies { get; } = new("--copies") { Description = "Run this many copies back to back instead of injecting (closed model)" };

    public Option<long?> MaxIterations { get; } = new("--max-iterations") { Description = "Stop after this many iterations" };

    public Option<int?> MaxConnections { get; } = new("--max-connections") { Description = "HTTP connections to the target (default: --copies, or 256 when injecting)" };

    public Option<int> MaxInFlight { get; } = new("--max-in-flight") { Description = "Most injected iterations in flight at once", DefaultValueFactory = _ => 10_000 };

    public Option<TimeSpan> RequestTimeout { get; } = Duration_("--request-timeout", "Timeout of one request", TimeSpan.FromSeconds(30));

    public Option<TimeSpan> DrainTimeout { get; } = Duration_("--drain-timeout", "How long iterations still running at the end may take", TimeSpan.FromSeconds(10));

    public Option<TimeSpan> PacingSpin { get; } = Duration_("--pacing-spin", "Spin (burning CPU) for the last part of each scheduler wait for sub-millisecond pacing; 0 sleeps", TimeSpan.Zero);

    public Option<string> ReportFolder { get; } = new("--report-folder") { Description = "Where the report folder is created", DefaultValueFactory = _ => DefaultReportFolder() };

    public Option<double?> ThresholdP99Ms { get; } = new("--threshold-p99-ms") { Description = "Fail unless p99 latency is below this" };

    public Option<double?> ThresholdP95Ms { get; } = new("--threshold-p95-ms") { Description = "Fail unless p95 latency is below this" };

    public Option<double?> ThresholdErrorPct { get; } = new("--threshold-error-pct") { Description = "Fail unless the error rate is below this percentage" };

    public Option<double?> ThresholdRps { get; } = new("--threshold-rps") { Description = "Fail unless requests/s reach this" };

    public Option<bool> NoProgress { get; } = new("--no-progress") { Description = "No live table (it is off anyway when not interactive or CI=true)" };

    public IEnumerable<Option> All =>
    [
        Target, Duration, RampUp, Rate, Interval, Copies, MaxIterations, MaxConnections, MaxInFlight, RequestTimeout,
        DrainTimeout, PacingSpin, ReportFolder, ThresholdP99Ms, ThresholdP95Ms, ThresholdErrorPct, ThresholdRps, NoProgress,
    ];

    public ScenarioSettings Settings(ParseResult parse)
    {
        var duration = parse.GetValue(Duration);
        var rampUp = parse.GetValue(RampUp);
        var copies = parse.GetValue(Copies);
        var simulations = new List<LoadSimulation>();
        if (copies is { } count)
        {
            if (rampUp > TimeSpan.Zero)
            {
                simulations.Add(LoadSimulation.RampingConstant(count, rampUp));
            }

            simulations.Add(LoadSimulation.KeepConstant(count, duration));
        }
        else
        {
            var rate = parse.GetValue(Rate);
            var interval = parse.GetValue(Interval);
            if (rampUp > TimeSpan.Zero)
            {
                simulations.Add(LoadSimulation.RampingInject(rate, interval, rampUp));
            }

            simulations.Add(LoadSimulation.Inject(rate, interval, duration));
        }

        var thresholds = new List<Threshold>();
        if (parse.GetValue(ThresholdP99Ms) is { } p99)
        {
            thresholds.Add(Threshold.P99LessThan(p99));
        }

        if (parse.GetValue(ThresholdP95Ms) is { } p95)
        {
            thresholds.Add(Threshold.P95LessThan(p95));
        }

        if (parse.GetValue(ThresholdErrorPct) is { } errorPct)
        {
            thresholds.Add(Threshold.ErrorRateBelow(errorPct));
        }

        if (parse.GetValue(ThresholdRps) is { } rps)
        {
            thresholds.Add(Threshold.RpsAtLeast(rps));
        }

        return new ScenarioSettings(
            new Uri(parse.GetValue(Target)!, UriKind.Absolute),
            simulations,
            parse.GetValue(MaxConnections) ?? copies ?? 256,
            parse.GetValue(RequestTimeout),
            parse.GetValue(MaxIterations),
            thresholds);
    }

    public LoadRunnerOptions RunnerOptions(ParseResult parse) => new()
    {
        MaxInFlight = parse.GetValue(MaxInFlight),
        DrainTimeout = parse.GetValue(DrainTimeout),
    };

    private static Option<TimeSpan> Duration_(string name, string description, TimeSpan defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = DurationParser.Parse,
    };

    // Reports belong in load-tests/reports (gitignored) when run from the repository root as documented.
    private static string DefaultReportFolder() =>
        Directory.Exists("load-tests") ? Path.Combine("load-tests", "reports") : "reports";
}
