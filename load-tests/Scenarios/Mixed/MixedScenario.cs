using System.CommandLine;
using DigitalPost.LoadTests.Cli;
using DigitalPost.LoadTests.DigitalPost;
using DigitalPost.LoadTests.Gateway;
using DigitalPost.LoadTests.Harness;
using DigitalPost.LoadTests.Scenarios.InboxStorm;
using DigitalPost.LoadTests.Scenarios.MassSend;

namespace DigitalPost.LoadTests.Scenarios.Mixed;

/// <summary>
/// <c>mixed</c>: <c>inbox-storm</c> and <c>mass-send</c> side by side. The storm runs its load phases (<c>--rate</c>,
/// <c>--duration</c>, …); <c>--send-after</c> into the storm's load the mass send starts. Storm iterations due while
/// the send runs are also recorded as the storm's step <c>during-mass-send</c>, whose p99 is the figure issue 6
/// asks for (threshold p99 ≤ 50 ms, besides each scenario's own defaults). Make <c>--duration</c> longer than
/// <c>--send-after</c> plus the send, or the end of the send is not covered.
/// </summary>
public sealed class MixedScenario : ILoadScenario
{
    private readonly GatewayScenarioOptions _gateway = new();
    private readonly InboxStormScenario _inbox;
    private readonly MassSendScenario _massSend;

    /// <summary>A command with the options of both scenarios.</summary>
    public MixedScenario()
    {
        _inbox = new InboxStormScenario(_gateway);
        _massSend = new MassSendScenario(_gateway);
    }

    /// <summary>Where set-up progress is written.</summary>
    public TextWriter Log
    {
        get => _inbox.Log;
        set
        {
            _inbox.Log = value;
            _massSend.Log = value;
        }
    }

    /// <summary>Delay of the send.</summary>
    public Option<TimeSpan> SendAfter { get; } = new("--send-after")
    {
        Description = "How far into the inbox storm's load the mass send starts",
        DefaultValueFactory = _ => TimeSpan.FromSeconds(5),
        CustomParser = DurationParser.Parse,
    };

    /// <inheritdoc />
    public string Name => "mixed";

    /// <inheritdoc />
    public string Description => "inbox-storm while a mass send runs; reports the inbox p99 during the send";

    /// <inheritdoc />
    public IReadOnlyList<Option> Options => [SendAfter, .. _inbox.OwnOptions, .. _massSend.OwnOptions, .. _gateway.All];

    /// <inheritdoc />
    public Task<ITargetSession> OpenSessionAsync(ScenarioSettings settings, ParseResult parseResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Task.FromResult<ITargetSession>(new GatewaySession(settings.Target, settings.MaxConnections, settings.RequestTimeout));
    }

    /// <inheritdoc />
    public IReadOnlyList<Scenario> Build(ScenarioSettings settings, ParseResult parseResult, ITargetSession session)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(parseResult);
        var gateway = (GatewaySession)session;
        var window = new MassSendWindow();
        var stormStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sendAfter = parseResult.GetValue(SendAfter);
        var inbox = _inbox.BuildOne(settings, parseResult, gateway, window);
        // Latency thresholds from the command line judge the during-send step too; by default it is p99 ≤ 50 ms.
        var during = settings.Thresholds.Count > 0
            ? settings.Thresholds.Where(threshold => threshold.Unit == "ms").Select(threshold => threshold.ForStep(MassSendWindow.StepName))
            : [Threshold.P99AtMost(InboxStormScenario.DefaultP99Ms).ForStep(MassSendWindow.StepName)];
        var thresholds = inbox.Thresholds.Concat(during).ToArray();
        var signalled = inbox with
        {
            Init = async cancellationToken =>
            {
                try
                {
                    var state = await inbox.Init!(cancellationToken).ConfigureAwait(false);
                    stormStarted.TrySetResult();
                    return state;
                }
                catch (Exception exception)
                {
                    // The send waits for the storm; without it there is nothing to measure the send against.
                    stormStarted.TrySetException(exception);
                    throw;
                }
            },
        };
        var massSend = _massSend.BuildOne(settings, parseResult, gateway, window, async cancellationToken =>
        {
            await stormStarted.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            await Task.Delay(sendAfter, cancellationToken).ConfigureAwait(false);
        });
        return [signalled.WithThresholds(thresholds), massSend];
    }
}
