using System.CommandLine;
using System.Diagnostics;
using DigitalPost.LoadTests.Cli;
using DigitalPost.LoadTests.DigitalPost;
using DigitalPost.LoadTests.Gateway;
using DigitalPost.LoadTests.Harness;
using DigitalPost.LoadTests.Population;
using DigitalPost.LoadTests.Scenarios.InboxStorm;

namespace DigitalPost.LoadTests.Scenarios.MassSend;

/// <summary>
/// <c>mass-send</c>: one authority sends the template to the first <c>--recipients</c> people of the seeded
/// population through the bulk API (the list streamed from the registry as CSV), then polls the job until it ends.
/// Steps <c>start</c> (the upload and its 202) and <c>poll</c>; figures recipients, elapsed, upload, server elapsed,
/// recipients/s and deliveries/s, and the job's outcome counts. The iteration fails unless the job completes with
/// every recipient accounted for and none invalid. Default thresholds: no errors, one completed job;
/// <c>--min-deliveries-per-second</c> adds a throughput threshold. The shared load options (<c>--rate</c>,
/// <c>--duration</c>, …) do not apply: it is one job.
/// </summary>
public sealed class MassSendScenario : ILoadScenario
{
    /// <summary>The step of the upload.</summary>
    public const string StartStep = "start";

    /// <summary>The step of each status read.</summary>
    public const string PollStep = "poll";

    private readonly GatewayScenarioOptions _gateway;

    /// <summary>A command with its own gateway options.</summary>
    public MassSendScenario()
        : this(new GatewayScenarioOptions())
    {
    }

    /// <summary>A scenario sharing <paramref name="gateway"/> options with another (<c>mixed</c>).</summary>
    internal MassSendScenario(GatewayScenarioOptions gateway)
    {
        _gateway = gateway;
    }

    /// <summary>Where progress is written.</summary>
    public TextWriter Log { get; set; } = Console.Out;

    /// <summary>Number of recipients.</summary>
    public Option<long> Recipients { get; } = new("--recipients") { Description = "People of the seeded population to send to (the first N in CPR order)", DefaultValueFactory = _ => 10_000 };

    /// <summary>Poll interval.</summary>
    public Option<TimeSpan> PollInterval { get; } = new("--poll-interval")
    {
        Description = "How often the job's status is read",
        DefaultValueFactory = _ => TimeSpan.FromMilliseconds(250),
        CustomParser = DurationParser.Parse,
    };

    /// <summary>Job timeout.</summary>
    public Option<TimeSpan> JobTimeout { get; } = new("--job-timeout")
    {
        Description = "How long the job may take before the run gives up",
        DefaultValueFactory = _ => TimeSpan.FromMinutes(15),
        CustomParser = DurationParser.Parse,
    };

    /// <summary>Idempotency key.</summary>
    public Option<string?> IdempotencyKey { get; } = new("--idempotency-key") { Description = "Idempotency-Key to send (default: a new one per run, so every run is a new job)" };

    /// <summary>Throughput threshold.</summary>
    public Option<double?> MinDeliveriesPerSecond { get; } = new("--min-deliveries-per-second") { Description = "Fail unless recipients/s (processed per second, end to end) reaches this" };

    /// <inheritdoc />
    public string Name => "mass-send";

    /// <inheritdoc />
    public string Description => "One mass send to N seeded recipients through the bulk API, polled until it completes";

    /// <inheritdoc />
    public IReadOnlyList<Option> Options => [Recipients, PollInterval, JobTimeout, IdempotencyKey, MinDeliveriesPerSecond, .. _gateway.All];

    /// <summary>Options of this scenario alone (without the gateway options it may share).</summary>
    internal IReadOnlyList<Option> OwnOptions => [Recipients, PollInterval, JobTimeout, IdempotencyKey, MinDeliveriesPerSecond];

    /// <summary>The default thresholds: no failed request and one completed job.</summary>
    public static IReadOnlyList<Threshold> DefaultThresholds => [Threshold.NoErrors(), Threshold.OkAtLeast(1)];

    /// <inheritdoc />
    public Task<ITargetSession> OpenSessionAsync(ScenarioSettings settings, ParseResult parseResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Task.FromResult<ITargetSession>(new GatewaySession(settings.Target, settings.MaxConnections, settings.RequestTimeout));
    }

    /// <inheritdoc />
    public IReadOnlyList<Scenario> Build(ScenarioSettings settings, ParseResult parseResult, ITargetSession session) =>
        [BuildOne(settings, parseResult, (GatewaySession)session, window: null, startSignal: null)];

    internal Scenario BuildOne(ScenarioSettings settings, ParseResult parseResult, GatewaySession session, MassSendWindow? window, Func<CancellationToken, Task>? startSignal)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(parseResult);
        var own = ReadSettings(parseResult);
        var thresholds = new List<Threshold>(DefaultThresholds);
        if (parseResult.GetValue(MinDeliveriesPerSecond) is { } minimum)
        {
            thresholds.Add(Threshold.MetricAtLeast(MassSendMetrics.RecipientsPerSecond, minimum, "recipients/s"));
        }

        return Create(Name, own, session, _gateway.Population(parseResult), _gateway.LoadTemplate(parseResult), Log, window, startSignal)
            .WithThresholds([.. thresholds]);
    }

    /// <summary>The scenario's own settings from the command line.</summary>
    public MassSendSettings ReadSettings(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new MassSendSettings(
            Math.Max(1, parseResult.GetValue(Recipients)),
            parseResult.GetValue(PollInterval),
            parseResult.GetValue(JobTimeout),
            parseResult.GetValue(IdempotencyKey),
            parseResult.GetValue(_gateway.Authority)!);
    }

    /// <summary>
    /// The scenario with its one-iteration simulation (no thresholds yet). <paramref name="startSignal"/>, when given,
    /// is awaited at the end of the set-up, before the load phase (<c>mixed</c> starts the send a while into the inbox storm); the
    /// <paramref name="window"/> is opened at the upload and closed when the job ends.
    /// </summary>
    public static Scenario Create(
        string name,
        MassSendSettings settings,
        GatewaySession session,
        IPopulationSource population,
        MeMoTemplate template,
        TextWriter log,
        MassSendWindow? window = null,
        Func<CancellationToken, Task>? startSignal = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(log);
        return Scenario.Create(name, context => RunJobAsync(context, settings, session, population, log, window))
            .WithInit(async cancellationToken =>
            {
                var sender = await AuthoritySender.SignInAsync(session, settings.AuthorityId, template, cancellationToken).ConfigureAwait(false);
                if (startSignal is not null)
                {
                    // Waiting here, before the load phase, keeps the wait out of the scenario's latency.
                    await startSignal(cancellationToken).ConfigureAwait(false);
                }

                return sender;
            })
            // One copy, one iteration; the phase is only the upper bound on how long the job may take.
            .WithLoadSimulations(LoadSimulation.KeepConstant(1, settings.JobTimeout))
            .WithMaxIterations(1);
    }

    private static async Task<Response> RunJobAsync(
        ScenarioContext context,
        MassSendSettings settings,
        GatewaySession session,
        IPopulationSource population,
        TextWriter log,
        MassSendWindow? window)
    {
        var sender = (AuthoritySender)context.State!;
        var cancellationToken = context.CancellationToken;
        var key = settings.IdempotencyKey ?? "load-test-" + Guid.NewGuid().ToString("N");
        var template = sender.MassSendTemplate(MeMoTemplate.StableMessageUuid("mass-send", key), $"Belastningstest masseforsendelse {key}");
        var recipients = new RecipientListContent(population.PeopleAsync(settings.Recipients, cancellationToken));
        window?.Open(context.Now);
        var clock = Stopwatch.StartNew();
        MassSendAccepted? accepted = null;
        var start = await Step.Run(StartStep, context, async () =>
        {
            try
            {
                accepted = await session.MassSends.StartAsync(sender.Principal, template, recipients, key, cancellationToken).ConfigureAwait(false);
                return Response.Ok(202);
            }
            catch (GatewayException refused)
            {
                return Response.Fail(refused.Kind, refused.Message);
            }
        }).ConfigureAwait(false);
        var upload = clock.Elapsed;
        if (!start.IsOk || accepted is null)
        {
            window?.Close(context.Now);
            return start;
        }

        context.ReportMetric(MassSendMetrics.Recipients, recipients.Count, "recipients");
        context.ReportMetric(MassSendMetrics.Upload, upload.TotalSeconds, "s");
        await log.WriteLineAsync($"mass-send: job {accepted.JobId} {accepted.Status}{(accepted.Duplicate ? " (duplicate key: the existing job)" : string.Empty)}, {accepted.Recipients:N0} recipients, upload {upload.TotalSeconds:0.00} s.").ConfigureAwait(false);
        if (!accepted.Duplicate && accepted.Recipients != recipients.Count)
        {
            window?.Close(context.Now);
            return Response.Fail("recipients-mismatch", $"sent {recipients.Count:N0} recipients, the server counted {accepted.Recipients:N0}");
        }

        var status = await PollUntilEndedAsync(context, settings, session, sender, accepted.JobId, clock).ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        window?.Close(context.Now);
        if (status is null)
        {
            return Response.Fail("job-timeout", $"job {accepted.JobId} did not end within {settings.JobTimeout}");
        }

        Report(context, status, elapsed);
        await log.WriteLineAsync(
            $"mass-send: job {status.JobId} {status.Status} after {elapsed.TotalSeconds:0.00} s: {status.Processed:N0}/{status.Recipients:N0} processed, " +
            $"{status.Delivered:N0} delivered, {status.Printed:N0} printed, {status.Held:N0} held, {status.Refused:N0} refused, {status.Invalid:N0} invalid " +
            $"({status.Processed / Math.Max(elapsed.TotalSeconds, 1e-9):N0} recipients/s).").ConfigureAwait(false);
        if (!status.IsCompleted)
        {
            return Response.Fail("job-" + status.Status.ToLowerInvariant(), $"job {status.JobId} ended {status.Status}");
        }

        if (status.Processed != status.Recipients || status.Outcomes != status.Recipients)
        {
            return Response.Fail("job-incomplete", $"job {status.JobId} completed with {status.Processed:N0} processed and {status.Outcomes:N0} outcomes for {status.Recipients:N0} recipients");
        }

        return status.Invalid > 0
            ? Response.Fail("job-invalid-recipients", $"{status.Invalid:N0} recipients were invalid although they came from the registry")
            : Response.Ok(200);
    }

    private static async Task<MassSendStatus?> PollUntilEndedAsync(
        ScenarioContext context, MassSendSettings settings, GatewaySession session, AuthoritySender sender, string jobId, Stopwatch clock)
    {
        using var timer = new PeriodicTimer(settings.PollInterval);
        while (clock.Elapsed < settings.JobTimeout)
        {
            MassSendStatus? status = null;
            var poll = await Step.Run(PollStep, context, async () =>
            {
                try
                {
                    status = await session.MassSends.GetStatusAsync(sender.Principal, jobId, context.CancellationToken).ConfigureAwait(false);
                    return Response.Ok(200);
                }
                catch (GatewayException refused)
                {
                    return Response.Fail(refused.Kind, refused.Message);
                }
            }).ConfigureAwait(false);
            if (poll.IsOk && status is { IsFinal: true })
            {
                return status;
            }

            if (!await timer.WaitForNextTickAsync(context.CancellationToken).ConfigureAwait(false))
            {
                break;
            }
        }

        return null;
    }

    private static void Report(ScenarioContext context, MassSendStatus status, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        context.ReportMetric(MassSendMetrics.Elapsed, elapsed.TotalSeconds, "s");
        context.ReportMetric(MassSendMetrics.RecipientsPerSecond, status.Processed / seconds, "recipients/s");
        context.ReportMetric(MassSendMetrics.DeliveriesPerSecond, status.Delivered / seconds, "deliveries/s");
        if (status.ServerElapsed is { } server && server > TimeSpan.Zero)
        {
            context.ReportMetric(MassSendMetrics.ServerElapsed, server.TotalSeconds, "s");
            context.ReportMetric(MassSendMetrics.ServerRecipientsPerSecond, status.Processed / server.TotalSeconds, "recipients/s");
        }

        context.ReportMetric("delivered", status.Delivered, "recipients");
        context.ReportMetric("printed", status.Printed, "recipients");
        context.ReportMetric("held", status.Held, "recipients");
        context.ReportMetric("refused", status.Refused, "recipients");
        context.ReportMetric("invalid", status.Invalid, "recipients");
    }
}
