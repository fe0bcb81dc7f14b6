using DigitalPost.LoadTests.DigitalPost;
using DigitalPost.LoadTests.Gateway;
using DigitalPost.LoadTests.Harness;
using DigitalPost.LoadTests.Population;
using DigitalPost.LoadTests.Scenarios.LiveSync;
using DigitalPost.LoadTests.Tests.Fakes;

namespace DigitalPost.LoadTests.Tests.Scenarios.LiveSync;

public sealed class LiveSyncScenarioTests
{
    private static readonly string[] Citizens = ["0101901234", "0202902345", "0303903456"];

    [Fact]
    public async Task Every_mutation_on_platform_a_is_matched_by_its_event_on_platform_b()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var session = new GatewaySession(gateway.Address, 4, TimeSpan.FromSeconds(30));

        var report = await RunAsync(session, new LiveSyncSettings(Citizens.Length, TimeSpan.FromSeconds(30), "udbetaling-danmark", 3), iterations: 24);

        Assert.Equal((24L, 0L), (report.Stats.Ok, report.Stats.Failed));
        var steps = report.Steps.ToDictionary(step => step.Name, step => step.Stats);
        Assert.Equal(24, steps[LiveSyncScenario.MutationStep].Ok);
        Assert.Equal(24, steps[LiveSyncScenario.EventStep].Ok);
        // Read and unread alternate, so a pair's marks are never no-ops: 24 measured, plus one warm-up per pair.
        Assert.Equal(24 + Citizens.Length, gateway.Operation("LoadTestMarkRead") + gateway.Operation("LoadTestMarkUnread"));
        Assert.InRange(gateway.Operation("LoadTestMarkRead") - gateway.Operation("LoadTestMarkUnread"), -Citizens.Length, Citizens.Length);
    }

    [Fact]
    public async Task The_default_thresholds_judge_the_event_step()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var session = new GatewaySession(gateway.Address, 4, TimeSpan.FromSeconds(30));
        var scenario = LiveSyncScenario.Create("live-sync", new LiveSyncSettings(1, TimeSpan.FromSeconds(30), "udbetaling-danmark", 1), session, new CprListPopulationSource(Citizens), MeMoTemplate.Default(), TextWriter.Null)
            .WithLoadSimulations(LoadSimulation.KeepConstant(1, TimeSpan.FromMinutes(1)))
            .WithMaxIterations(5)
            .WithThresholds([.. LiveSyncScenario.DefaultThresholds]);

        var report = (await new LoadRunner().RunAsync([scenario], "fake", CancellationToken.None)).Scenarios[0];

        var eventThreshold = report.Thresholds[0];
        Assert.StartsWith("step event: p99 ≤ 20 ms", eventThreshold.Description, StringComparison.Ordinal);
        Assert.Equal(report.Steps.Single(step => step.Name == LiveSyncScenario.EventStep).Stats.P99Ms, eventThreshold.Actual);
    }

    [Fact]
    public async Task Set_up_fails_when_the_subscription_never_delivers_an_event()
    {
        await using var gateway = await FakeGateway.StartAsync();
        gateway.PublishEvents = false;
        await using var session = new GatewaySession(gateway.Address, 4, TimeSpan.FromSeconds(30));
        var scenario = LiveSyncScenario.Create("live-sync", new LiveSyncSettings(1, TimeSpan.FromMilliseconds(50), "udbetaling-danmark", 1), session, new CprListPopulationSource(Citizens), MeMoTemplate.Default(), TextWriter.Null)
            .WithLoadSimulations(LoadSimulation.KeepConstant(1, TimeSpan.FromMinutes(1)))
            .WithMaxIterations(1);

        var failure = await Assert.ThrowsAsync<GatewayException>(() => new LoadRunner().RunAsync([scenario], "fake", CancellationToken.None));

        Assert.Equal("event-timeout", failure.Kind);
        Assert.Contains("brought no event", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_websocket_client_answers_the_servers_ping_and_gets_pong_for_its_own()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var session = new GatewaySession(gateway.Address, 4, TimeSpan.FromSeconds(30));
        await using var connection = await session.ConnectWebSocketAsync(GatewayPrincipal.Citizen(Citizens[0], "app"), CancellationToken.None);

        var roundTrip = await connection.PingAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        await gateway.PongReceived.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(roundTrip > TimeSpan.Zero);
        Assert.Equal(1, gateway.Pongs);
    }

    [Fact]
    public async Task A_connection_refused_at_init_is_a_gateway_error_of_the_close_code()
    {
        await using var gateway = await FakeGateway.StartAsync();

        var failure = await Assert.ThrowsAsync<GatewayException>(() => GraphQLWebSocketClient.ConnectAsync(
            GraphQLWebSocketClient.WebSocketUri(gateway.Address, "/graphql"), token: null, TimeSpan.FromSeconds(30), CancellationToken.None));

        Assert.Equal("ws-close-4403", failure.Kind);
    }

    private static async Task<ScenarioReport> RunAsync(GatewaySession session, LiveSyncSettings settings, int iterations)
    {
        var scenario = LiveSyncScenario.Create("live-sync", settings, session, new CprListPopulationSource(Citizens), MeMoTemplate.Default(), TextWriter.Null)
            .WithLoadSimulations(LoadSimulation.Inject(200, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1)))
            .WithMaxIterations(iterations);
        return (await new LoadRunner().RunAsync([scenario], session.Target.ToString(), CancellationToken.None)).Scenarios[0];
    }
}
