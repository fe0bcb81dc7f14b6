using System.CommandLine;
using DigitalPost.LoadTests.DigitalPost;
using DigitalPost.LoadTests.Gateway;
using DigitalPost.LoadTests.Harness;
using DigitalPost.LoadTests.Population;

namespace DigitalPost.LoadTests.Scenarios.InboxStorm;

/// <summary>
/// <c>inbox-storm</c>: many seeded citizens, spread over the four platforms, each iteration one of them lists the
/// inbox (first 20, step <c>list-inbox</c>) and opens one of the listed messages (step <c>open-message</c>). Before
/// the load: the citizens are read from the seeded registry, logged in (tokens cached), and given
/// <c>--messages-per-user</c> messages by the authority (idempotent). Default thresholds: p99 ≤ 50 ms and an
/// error rate below 1 % (any <c>--threshold-*</c> option replaces them).
/// </summary>
public sealed class InboxStormScenario : ILoadScenario
{
    /// <summary>The default latency threshold (issue 6: inbox p99 ≤ 50 ms).</summary>
    public const double DefaultP99Ms = 50;

    private readonly GatewayScenarioOptions _gateway;

    /// <summary>A command with its own gateway options.</summary>
    public InboxStormScenario()
        : this(new GatewayScenarioOptions())
    {
    }

    /// <summary>A scenario sharing <paramref name="gateway"/> options with another (<c>mixed</c>).</summary>
    internal InboxStormScenario(GatewayScenarioOptions gateway)
    {
        _gateway = gateway;
    }

    /// <summary>Where set-up progress is written.</summary>
    public TextWriter Log { get; set; } = Console.Out;

    /// <summary>Distinct citizens.</summary>
    public Option<int> Users { get; } = new("--users") { Description = "Distinct seeded citizens (spread over the four platforms)", DefaultValueFactory = _ => 1000 };

    /// <summary>Messages made sure of per citizen.</summary>
    public Option<int> MessagesPerUser { get; } = new("--messages-per-user")
    {
        Description = "Messages each citizen is given before the load (idempotent: a second run adds none; 0: none)",
        DefaultValueFactory = _ => 3,
    };

    /// <inheritdoc />
    public string Name => "inbox-storm";

    /// <inheritdoc />
    public string Description => "Seeded citizens on the four platforms list their inbox (first 20) and open a message";

    /// <inheritdoc />
    public IReadOnlyList<Option> Options => [Users, MessagesPerUser, .. _gateway.All];

    /// <summary>Options of this scenario alone (without the gateway options it may share).</summary>
    internal IReadOnlyList<Option> OwnOptions => [Users, MessagesPerUser];

    /// <summary>The default thresholds: p99 ≤ 50 ms, error rate below 1 %.</summary>
    public static IReadOnlyList<Threshold> DefaultThresholds => [Threshold.P99AtMost(DefaultP99Ms), Threshold.ErrorRateBelow(1)];

    /// <inheritdoc />
    public Task<ITargetSession> OpenSessionAsync(ScenarioSettings settings, ParseResult parseResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Task.FromResult<ITargetSession>(new GatewaySession(settings.Target, settings.MaxConnections, settings.RequestTimeout));
    }

    /// <inheritdoc />
    public IReadOnlyList<Scenario> Build(ScenarioSettings settings, ParseResult parseResult, ITargetSession session) =>
        [BuildOne(settings, parseResult, (GatewaySession)session, window: null)];

    internal Scenario BuildOne(ScenarioSettings settings, ParseResult parseResult, GatewaySession session, MassSendWindow? window)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(parseResult);
        return Create(Name, ReadSettings(parseResult), session, _gateway.Population(parseResult), _gateway.LoadTemplate(parseResult), Log, window)
            .WithLoadSimulations([.. settings.Simulations])
            .WithThresholds([.. settings.Thresholds.Count > 0 ? settings.Thresholds : DefaultThresholds])
            .WithMaxIterations(settings.MaxIterations);
    }

    /// <summary>The scenario's own settings from the command line.</summary>
    public InboxStormSettings ReadSettings(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new InboxStormSettings(
            Math.Max(1, parseResult.GetValue(Users)),
            Math.Max(0, parseResult.GetValue(MessagesPerUser)),
            parseResult.GetValue(_gateway.Authority)!,
            Math.Max(1, parseResult.GetValue(_gateway.SetupConcurrency)));
    }

    /// <summary>
    /// The scenario (no simulations or thresholds yet). With a <paramref name="window"/> (the <c>mixed</c> run), iterations
    /// due while the mass send runs are also recorded as the step <see cref="MassSendWindow.StepName"/> (from the intended
    /// start, like the scenario), and their two requests as <see cref="MassSendWindow.ListStepName"/> and
    /// <see cref="MassSendWindow.OpenStepName"/> (each from its own start, like <c>list-inbox</c> and <c>open-message</c>),
    /// which tells which request the tail during the send comes from.
    /// </summary>
    public static Scenario Create(
        string name,
        InboxStormSettings settings,
        GatewaySession session,
        IPopulationSource population,
        MeMoTemplate template,
        TextWriter log,
        MassSendWindow? window = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(log);
        return Scenario.Create(name, context => RunIterationAsync(context, session, settings.MessagesPerUser > 0, window))
            .WithInit(async cancellationToken => await SetUpAsync(name, settings, session, population, template, log, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<object?> SetUpAsync(
        string name, InboxStormSettings settings, GatewaySession session, IPopulationSource population, MeMoTemplate template, TextWriter log, CancellationToken cancellationToken)
    {
        var cprs = new List<string>(settings.Users);
        await foreach (var cpr in population.CitizensAsync(settings.Users, cancellationToken).ConfigureAwait(false))
        {
            cprs.Add(cpr);
        }

        if (cprs.Count == 0)
        {
            throw new PopulationUnavailableException($"{population.Description} has no citizens with a mailbox: seed the registry first.");
        }

        if (cprs.Count < settings.Users)
        {
            await log.WriteLineAsync($"{name}: only {cprs.Count:N0} of {settings.Users:N0} citizens found in {population.Description}; using those.").ConfigureAwait(false);
        }

        if (settings.MessagesPerUser > 0)
        {
            var sender = await AuthoritySender.SignInAsync(session, settings.AuthorityId, template, cancellationToken).ConfigureAwait(false);
            var prepared = await sender.EnsureMessagesAsync(cprs, settings.MessagesPerUser, "inbox-storm", settings.SetupConcurrency, cancellationToken).ConfigureAwait(false);
            await log.WriteLineAsync($"{name}: {settings.MessagesPerUser} message(s) per citizen from {settings.AuthorityId}: {prepared.Summary}.").ConfigureAwait(false);
            // Exempt citizens' post went to print: their inbox stays empty, so they would only measure "inbox-empty".
            cprs = [.. cprs.Where(prepared.DeliveredTo.Contains)];
            if (cprs.Count == 0)
            {
                throw new GatewayException("setup-nothing-delivered", $"{name}: no prepared message reached a mailbox ({prepared.Summary}).");
            }
        }

        var users = cprs.Select((cpr, index) => new InboxUser(GatewayPrincipal.Citizen(cpr, GatewayPrincipal.Platforms[index % GatewayPrincipal.Platforms.Count]))).ToArray();
        await session.Tokens.LoginAllAsync(users.Select(user => user.Principal), settings.SetupConcurrency, cancellationToken).ConfigureAwait(false);
        await log.WriteLineAsync($"{name}: {users.Length:N0} citizens from {population.Description}, logged in on {GatewayPrincipal.Platforms.Count} platforms.").ConfigureAwait(false);
        return users;
    }

    private static async Task<Response> RunIterationAsync(ScenarioContext context, GatewaySession session, bool expectMessages, MassSendWindow? window)
    {
        var users = (InboxUser[])context.State!;
        var user = users[(int)(context.InvocationNumber % users.Length)];
        IReadOnlyList<string> ids = [];
        var during = window is not null && window.Contains(context.IntendedStart);
        var listStart = context.Now;
        var list = await Step.Run("list-inbox", context, async () =>
        {
            using var result = await session.GraphQL.SendAsync(user.Principal, new GraphQLRequest(InboxStormQueries.ListInbox), context.CancellationToken).ConfigureAwait(false);
            if (result.IsOk)
            {
                ids = InboxStormQueries.MessageIds(result.Data);
            }

            return result.Response;
        }).ConfigureAwait(false);
        if (during)
        {
            Step.Record(MassSendWindow.ListStepName, context, list, context.Now - listStart);
        }

        var response = list;
        if (list.IsOk && ids.Count > 0)
        {
            // A different listed message each time this user comes round, spread over the page.
            var id = ids[(int)(context.InvocationNumber / users.Length % ids.Count)];
            var openStart = context.Now;
            var open = await Step.Run("open-message", context, async () =>
            {
                var request = new GraphQLRequest(InboxStormQueries.OpenMessage, new Dictionary<string, object?> { ["id"] = id });
                using var result = await session.GraphQL.SendAsync(user.Principal, request, context.CancellationToken).ConfigureAwait(false);
                return result.Response;
            }).ConfigureAwait(false);
            if (during)
            {
                Step.Record(MassSendWindow.OpenStepName, context, open, context.Now - openStart);
            }

            response = open.IsOk ? Response.Ok(open.StatusCode, list.SizeBytes + open.SizeBytes) : open;
        }
        else if (list.IsOk && expectMessages)
        {
            response = Response.Fail("inbox-empty", $"{user.Principal.Platform}: the inbox listed no messages although they were prepared", list.StatusCode, list.SizeBytes);
        }

        if (during)
        {
            Step.Record(MassSendWindow.StepName, context, response, context.Now - context.IntendedStart);
        }

        return response;
    }
}
