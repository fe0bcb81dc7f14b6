using System.CommandLine;
using DigitalPost.LoadTests.Cli;
using DigitalPost.LoadTests.DigitalPost;
using DigitalPost.LoadTests.Gateway;
using DigitalPost.LoadTests.Harness;
using DigitalPost.LoadTests.Population;

namespace DigitalPost.LoadTests.Scenarios.LiveSync;

/// <summary>
/// <c>live-sync</c> (also issue 5's live-sync probe): pairs of sessions of the same seeded citizen on two platforms.
/// B subscribes to <c>mailboxEvents(mailboxId)</c> over graphql-transport-ws; each iteration A marks the pair's
/// message read (or unread again, alternately) over HTTP. Step <c>event</c> is the latency from sending A's mutation
/// to B's event coming off the socket; step <c>mutation</c> is A's round trip. Default thresholds: <c>event</c>
/// p99 ≤ 20 ms (the one-silo target) and an error rate below 1 %; latency thresholds given on the command line
/// apply to the <c>event</c> step.
/// </summary>
public sealed class LiveSyncScenario : ILoadScenario
{
    /// <summary>The step the target is about.</summary>
    public const string EventStep = "event";

    /// <summary>The step of A's HTTP round trip.</summary>
    public const string MutationStep = "mutation";

    /// <summary>The default event latency threshold (issue 5: p99 ≤ 20 ms on one silo).</summary>
    public const double DefaultEventP99Ms = 20;

    private const int WarmUpAttempts = 3;
    private readonly GatewayScenarioOptions _gateway = new();

    /// <summary>Where set-up progress is written.</summary>
    public TextWriter Log { get; init; } = Console.Out;

    /// <summary>Number of pairs.</summary>
    public Option<int> Pairs { get; } = new("--pairs") { Description = "Citizens, each on two platforms (A acts, B is subscribed)", DefaultValueFactory = _ => 20 };

    /// <summary>Event timeout.</summary>
    public Option<TimeSpan> EventTimeout { get; } = new("--event-timeout")
    {
        Description = "How long B's event may take before the iteration fails as event-timeout",
        DefaultValueFactory = _ => TimeSpan.FromSeconds(5),
        CustomParser = DurationParser.Parse,
    };

    /// <inheritdoc />
    public string Name => "live-sync";

    /// <inheritdoc />
    public string Description => "Latency from a mark-read on one platform to the subscription event on another";

    /// <inheritdoc />
    public IReadOnlyList<Option> Options => [Pairs, EventTimeout, .. _gateway.All];

    /// <summary>The default thresholds.</summary>
    public static IReadOnlyList<Threshold> DefaultThresholds => [Threshold.P99AtMost(DefaultEventP99Ms).ForStep(EventStep), Threshold.ErrorRateBelow(1)];

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
        var thresholds = settings.Thresholds.Count > 0
            ? settings.Thresholds.Select(threshold => threshold.Unit == "ms" ? threshold.ForStep(EventStep) : threshold).ToArray()
            : [.. DefaultThresholds];
        var own = new LiveSyncSettings(
            Math.Max(1, parseResult.GetValue(Pairs)),
            parseResult.GetValue(EventTimeout),
            parseResult.GetValue(_gateway.Authority)!,
            Math.Max(1, parseResult.GetValue(_gateway.SetupConcurrency)));
        return [Create(Name, own, (GatewaySession)session, _gateway.Population(parseResult), _gateway.LoadTemplate(parseResult), Log)
            .WithLoadSimulations([.. settings.Simulations])
            .WithThresholds(thresholds)
            .WithMaxIterations(settings.MaxIterations)];
    }

    /// <summary>The scenario (no simulations or thresholds yet).</summary>
    public static Scenario Create(string name, LiveSyncSettings settings, GatewaySession session, IPopulationSource population, MeMoTemplate template, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(log);
        return Scenario.Create(name, context => RunIterationAsync(context, session, settings.EventTimeout))
            .WithInit(async cancellationToken => await SetUpAsync(name, settings, session, population, template, log, cancellationToken).ConfigureAwait(false))
            .WithClean(async (state, _) =>
            {
                foreach (var pair in (LiveSyncPair[]?)state ?? [])
                {
                    await pair.DisposeAsync().ConfigureAwait(false);
                }
            });
    }

    private static async Task<object?> SetUpAsync(
        string name, LiveSyncSettings settings, GatewaySession session, IPopulationSource population, MeMoTemplate template, TextWriter log, CancellationToken cancellationToken)
    {
        var cprs = new List<string>(settings.Pairs);
        await foreach (var cpr in population.CitizensAsync(settings.Pairs, cancellationToken).ConfigureAwait(false))
        {
            cprs.Add(cpr);
        }

        if (cprs.Count == 0)
        {
            throw new PopulationUnavailableException($"{population.Description} has no citizens with a mailbox: seed the registry first.");
        }

        var sender = await AuthoritySender.SignInAsync(session, settings.AuthorityId, template, cancellationToken).ConfigureAwait(false);
        var prepared = await sender.EnsureMessagesAsync(cprs, 1, "live-sync", settings.SetupConcurrency, cancellationToken).ConfigureAwait(false);
        await log.WriteLineAsync($"{name}: a message for each of {cprs.Count:N0} citizens from {settings.AuthorityId}: {prepared.Summary}.").ConfigureAwait(false);
        var platforms = GatewayPrincipal.Platforms;
        var candidates = cprs.Where(prepared.DeliveredTo.Contains)
            .Select((cpr, index) => (Actor: GatewayPrincipal.Citizen(cpr, platforms[index % platforms.Count]), Watcher: GatewayPrincipal.Citizen(cpr, platforms[(index + 1) % platforms.Count])))
            .ToList();
        if (candidates.Count == 0)
        {
            throw new GatewayException("setup-nothing-delivered", $"{name}: no prepared message reached a mailbox ({prepared.Summary}).");
        }

        var pairs = new LiveSyncPair?[candidates.Count];
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, candidates.Count),
                new ParallelOptions { MaxDegreeOfParallelism = settings.SetupConcurrency, CancellationToken = cancellationToken },
                async (index, token) => pairs[index] = await OpenPairAsync(session, candidates[index].Actor, candidates[index].Watcher, settings.EventTimeout, token).ConfigureAwait(false)).ConfigureAwait(false);
        }
        catch
        {
            foreach (var pair in pairs)
            {
                if (pair is not null)
                {
                    await pair.DisposeAsync().ConfigureAwait(false);
                }
            }

            throw;
        }

        await log.WriteLineAsync($"{name}: {pairs.Length:N0} pairs subscribed and warmed up (an event seen on each).").ConfigureAwait(false);
        return pairs.Select(pair => pair!).ToArray();
    }

    private static async Task<LiveSyncPair> OpenPairAsync(GatewaySession session, GatewayPrincipal actor, GatewayPrincipal watcher, TimeSpan eventTimeout, CancellationToken cancellationToken)
    {
        string mailboxId, messageId;
        bool unread;
        using (var result = await session.GraphQL.SendAsync(actor, new GraphQLRequest(LiveSyncQueries.MailboxAndMessage), cancellationToken).ConfigureAwait(false))
        {
            result.EnsureOk($"reading the mailbox of {actor.Platform}'s session");
            var mailbox = result.Data.GetProperty("viewer").GetProperty("mailbox");
            mailboxId = mailbox.GetProperty("id").GetString()!;
            var nodes = mailbox.GetProperty("messages").GetProperty("nodes");
            if (nodes.GetArrayLength() == 0)
            {
                throw new GatewayException("setup-inbox-empty", $"the inbox of a live-sync citizen ({actor.Platform}) lists no message although one was delivered");
            }

            messageId = nodes[0].GetProperty("id").GetString()!;
            unread = nodes[0].GetProperty("unread").GetBoolean();
        }

        var pair = new LiveSyncPair(actor, watcher, mailboxId, messageId, unread);
        try
        {
            pair.Connection = await session.ConnectWebSocketAsync(watcher, cancellationToken).ConfigureAwait(false);
            pair.Subscription = await pair.Connection.SubscribeAsync(
                new GraphQLRequest(LiveSyncQueries.MailboxEvents, new Dictionary<string, object?> { ["mailboxId"] = mailboxId }), cancellationToken).ConfigureAwait(false);

            // The protocol does not acknowledge a subscribe, so an action right after it may precede the subscription
            // on the server: act until one event arrives, so measured iterations start on a live subscription.
            LiveSyncOutcome? outcome = null;
            for (var attempt = 0; attempt < WarmUpAttempts && outcome?.Event is not { IsOk: true }; attempt++)
            {
                outcome = await LiveSyncAction.RunAsync(session, pair, eventTimeout, cancellationToken).ConfigureAwait(false);
                if (!outcome.Mutation.IsOk)
                {
                    throw new GatewayException(outcome.Mutation.ErrorKind ?? "setup", $"warm-up mutation on {actor.Platform}: {outcome.Mutation.Message}");
                }
            }

            if (outcome?.Event is not { IsOk: true })
            {
                throw new GatewayException(outcome?.Event?.ErrorKind ?? "setup-no-event", $"warm-up: {WarmUpAttempts} actions on {actor.Platform} brought no event to {watcher.Platform}: {outcome?.Event?.Message}");
            }

            return pair;
        }
        catch
        {
            await pair.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<Response> RunIterationAsync(ScenarioContext context, GatewaySession session, TimeSpan eventTimeout)
    {
        var pairs = (LiveSyncPair[])context.State!;
        var index = context.CopyNumber >= 0 ? context.CopyNumber : context.InvocationNumber;
        var pair = pairs[(int)(index % pairs.Length)];
        await pair.Gate.WaitAsync(context.CancellationToken).ConfigureAwait(false);
        try
        {
            var outcome = await LiveSyncAction.RunAsync(session, pair, eventTimeout, context.CancellationToken).ConfigureAwait(false);
            Step.Record(MutationStep, context, outcome.Mutation, outcome.MutationLatency);
            if (outcome.Event is null)
            {
                return outcome.Mutation;
            }

            Step.Record(EventStep, context, outcome.Event, outcome.EventLatency);
            return outcome.Event.IsOk ? Response.Ok(outcome.Mutation.StatusCode, outcome.Mutation.SizeBytes) : outcome.Event;
        }
        finally
        {
            pair.Gate.Release();
        }
    }
}
