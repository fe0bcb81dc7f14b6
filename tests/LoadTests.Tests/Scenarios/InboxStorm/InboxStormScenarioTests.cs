using DigitalPost.LoadTests.DigitalPost;
using DigitalPost.LoadTests.Gateway;
using DigitalPost.LoadTests.Harness;
using DigitalPost.LoadTests.Population;
using DigitalPost.LoadTests.Scenarios.InboxStorm;
using DigitalPost.LoadTests.Tests.Fakes;

namespace DigitalPost.LoadTests.Tests.Scenarios.InboxStorm;

public sealed class InboxStormScenarioTests
{
    private static readonly string[] Citizens = ["0101901234", "0202902345", "0303903456", "0404904567", "0505905678"];

    [Fact]
    public async Task Citizens_list_their_inbox_and_open_a_listed_message_in_every_iteration()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var session = new GatewaySession(gateway.Address, 4, TimeSpan.FromSeconds(30));

        var report = await RunAsync(session, new InboxStormSettings(Citizens.Length, 3, "udbetaling-danmark", 4), iterations: 40);

        Assert.Equal((40L, 0L), (report.Stats.Ok, report.Stats.Failed));
        Assert.Equal(["list-inbox", "open-message"], report.Steps.Select(step => step.Name));
        Assert.All(report.Steps, step => Assert.Equal(40, step.Stats.Ok));
        Assert.Equal(40, gateway.Operation("LoadTestInbox"));
        Assert.Equal(40, gateway.Operation("LoadTestOpenMessage"));
        Assert.All(Citizens, cpr => Assert.Equal(3, gateway.MessagesIn(cpr)));
    }

    [Fact]
    public async Task Iterations_inside_an_open_mass_send_window_are_also_recorded_per_request()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var session = new GatewaySession(gateway.Address, 4, TimeSpan.FromSeconds(30));
        var window = new MassSendWindow();
        window.Open(TimeSpan.Zero);

        var report = await RunAsync(session, new InboxStormSettings(Citizens.Length, 3, "udbetaling-danmark", 4), iterations: 25, window);

        Assert.Equal(
            [MassSendWindow.StepName, MassSendWindow.ListStepName, MassSendWindow.OpenStepName, "list-inbox", "open-message"],
            report.Steps.Select(step => step.Name).Order(StringComparer.Ordinal));
        Assert.All(report.Steps, step => Assert.Equal((25L, 0L), (step.Stats.Ok, step.Stats.Failed)));
    }

    [Fact]
    public async Task Iterations_outside_the_mass_send_window_are_recorded_only_as_the_storm_steps()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var session = new GatewaySession(gateway.Address, 4, TimeSpan.FromSeconds(30));
        var window = new MassSendWindow();

        var report = await RunAsync(session, new InboxStormSettings(Citizens.Length, 3, "udbetaling-danmark", 4), iterations: 10, window);

        Assert.Equal(["list-inbox", "open-message"], report.Steps.Select(step => step.Name));
    }

    [Fact]
    public async Task Logins_are_cached_so_each_citizen_logs_in_once_on_one_platform()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var session = new GatewaySession(gateway.Address, 4, TimeSpan.FromSeconds(30));

        await RunAsync(session, new InboxStormSettings(Citizens.Length, 1, "udbetaling-danmark", 4), iterations: 30);

        // Five citizens and the authority; 30 iterations log in nobody again.
        Assert.Equal(Citizens.Length + 1, gateway.Logins);
        Assert.Equal(Citizens.Length + 1, session.Tokens.CachedCount);
    }

    [Fact]
    public async Task Preparing_messages_twice_delivers_nothing_new()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var session = new GatewaySession(gateway.Address, 4, TimeSpan.FromSeconds(30));
        var settings = new InboxStormSettings(Citizens.Length, 2, "udbetaling-danmark", 2);

        await RunAsync(session, settings, iterations: 1);
        await RunAsync(session, settings, iterations: 1);

        Assert.All(Citizens, cpr => Assert.Equal(2, gateway.MessagesIn(cpr)));
        Assert.Equal(2 * 2 * Citizens.Length, gateway.Operation("LoadTestSendMeMo"));
    }

    [Fact]
    public async Task Exempt_citizens_whose_post_went_to_print_are_left_out_of_the_storm()
    {
        await using var gateway = await FakeGateway.StartAsync();
        gateway.Exempt.Add(Citizens[0]);
        await using var session = new GatewaySession(gateway.Address, 4, TimeSpan.FromSeconds(30));

        var report = await RunAsync(session, new InboxStormSettings(Citizens.Length, 1, "udbetaling-danmark", 2), iterations: 20);

        Assert.Equal(0, report.Stats.Failed);
        Assert.Equal(0, gateway.MessagesIn(Citizens[0]));
    }

    [Fact]
    public async Task An_empty_inbox_where_messages_were_expected_fails_as_its_own_kind()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var session = new GatewaySession(gateway.Address, 4, TimeSpan.FromSeconds(30));
        var scenario = InboxStormScenario.Create("inbox", new InboxStormSettings(2, 1, "udbetaling-danmark", 1), session, new CprListPopulationSource(Citizens), MeMoTemplate.Default(), TextWriter.Null);
        // The set-up delivers, then another citizen's list is read: the fake resolves the inbox by the token's CPR.
        var emptied = scenario with
        {
            Init = async cancellationToken =>
            {
                var users = (InboxUser[])(await scenario.Init!(cancellationToken))!;
                return users.Select(user => new InboxUser(GatewayPrincipal.Citizen("0909909999", user.Principal.Platform))).ToArray();
            },
        };

        var report = (await new LoadRunner().RunAsync([emptied.WithLoadSimulations(LoadSimulation.KeepConstant(1, TimeSpan.FromMinutes(1))).WithMaxIterations(3)], "fake", CancellationToken.None)).Scenarios[0];

        Assert.Equal(3, report.Stats.Failed);
        Assert.Equal("inbox-empty", report.Stats.Errors[0].Kind);
    }

    [Fact]
    public async Task A_graphql_error_fails_the_step_with_the_error_code_as_kind()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var session = new GatewaySession(gateway.Address, 4, TimeSpan.FromSeconds(30));
        using var result = await session.GraphQL.SendAsync(
            GatewayPrincipal.Citizen(Citizens[0], "app"),
            new GraphQLRequest(InboxStormQueries.OpenMessage, new Dictionary<string, object?> { ["id"] = "msg:unknown" }),
            CancellationToken.None);

        Assert.False(result.IsOk);
        Assert.Equal("graphql-NOT_FOUND", result.Response.ErrorKind);
    }

    private static async Task<ScenarioReport> RunAsync(GatewaySession session, InboxStormSettings settings, int iterations, MassSendWindow? window = null)
    {
        var scenario = InboxStormScenario.Create("inbox-storm", settings, session, new CprListPopulationSource(Citizens), MeMoTemplate.Default(), TextWriter.Null, window)
            .WithLoadSimulations(LoadSimulation.KeepConstant(2, TimeSpan.FromMinutes(1)))
            .WithMaxIterations(iterations);
        return (await new LoadRunner().RunAsync([scenario], session.Target.ToString(), CancellationToken.None)).Scenarios[0];
    }
}
