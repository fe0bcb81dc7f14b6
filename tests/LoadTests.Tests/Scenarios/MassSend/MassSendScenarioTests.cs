using DigitalPost.LoadTests.DigitalPost;
using DigitalPost.LoadTests.Gateway;
using DigitalPost.LoadTests.Harness;
using DigitalPost.LoadTests.Population;
using DigitalPost.LoadTests.Scenarios.MassSend;
using DigitalPost.LoadTests.Tests.Fakes;

namespace DigitalPost.LoadTests.Tests.Scenarios.MassSend;

public sealed class MassSendScenarioTests
{
    private static readonly string[] People = [.. Enumerable.Range(1, 25).Select(day => $"{day:00}0190{1000 + day}")];

    [Fact]
    public async Task A_job_to_n_recipients_is_uploaded_polled_to_completion_and_reported()
    {
        await using var gateway = await FakeGateway.StartAsync();
        gateway.Exempt.Add(People[3]);
        await using var session = new GatewaySession(gateway.Address, 4, TimeSpan.FromSeconds(30));

        var report = await RunAsync(session, recipients: 20);

        Assert.True(report.Passed);
        Assert.Equal((1L, 0L), (report.Stats.Ok, report.Stats.Failed));
        var job = Assert.Single(gateway.Jobs);
        Assert.Equal(People.Take(20), job.Cprs);
        Assert.StartsWith("text/csv", job.RecipientsContentType, StringComparison.Ordinal);
        Assert.StartsWith("application/xml", job.TemplateContentType, StringComparison.Ordinal);
        var metrics = report.Metrics.ToDictionary(metric => metric.Name, metric => metric.Value);
        Assert.Equal(20, metrics[MassSendMetrics.Recipients]);
        Assert.Equal((19, 1), (metrics["delivered"], metrics["printed"]));
        Assert.Equal(2.0, metrics[MassSendMetrics.ServerElapsed], 6);
        Assert.Equal(20 / 2.0, metrics[MassSendMetrics.ServerRecipientsPerSecond], 6);
        Assert.True(metrics[MassSendMetrics.RecipientsPerSecond] > 0);
        Assert.Equal(gateway.PollsBeforeEnd + 1, report.Steps.Single(step => step.Name == MassSendScenario.PollStep).Stats.Ok);
    }

    [Fact]
    public async Task A_job_that_ends_failed_fails_the_run()
    {
        await using var gateway = await FakeGateway.StartAsync();
        gateway.FinalStatus = "Failed";
        await using var session = new GatewaySession(gateway.Address, 4, TimeSpan.FromSeconds(30));

        var report = await RunAsync(session, recipients: 5);

        Assert.False(report.Passed);
        Assert.Equal("job-failed", report.Stats.Errors[0].Kind);
    }

    [Fact]
    public async Task A_refused_upload_fails_with_the_status_as_kind()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var session = new GatewaySession(gateway.Address, 4, TimeSpan.FromSeconds(30));
        // A citizen's token: the fake (like the gateway) accepts mass sends from authorities only.
        await using var citizenSession = new GatewaySession(gateway.Address, 4, TimeSpan.FromSeconds(30));
        var recipients = new RecipientListContent(new CprListPopulationSource(People).PeopleAsync(3, CancellationToken.None));

        var failure = await Assert.ThrowsAsync<GatewayException>(() => citizenSession.MassSends.StartAsync(
            GatewayPrincipal.Citizen(People[0], "app"), "<x/>"u8.ToArray(), recipients, "key", CancellationToken.None));

        Assert.Equal("http-403", failure.Kind);
    }

    [Fact]
    public async Task The_same_idempotency_key_finds_the_existing_job()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var session = new GatewaySession(gateway.Address, 4, TimeSpan.FromSeconds(30));
        var settings = new MassSendSettings(4, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(1), "same-key", "udbetaling-danmark");

        var first = await RunAsync(session, settings);
        var second = await RunAsync(session, settings);

        Assert.True(first.Passed && second.Passed);
        Assert.Single(gateway.Jobs);
    }

    [Fact]
    public async Task A_throughput_threshold_on_the_reported_figure_fails_when_missed()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var session = new GatewaySession(gateway.Address, 4, TimeSpan.FromSeconds(30));
        var scenario = Scenario(session, new MassSendSettings(3, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(1), null, "udbetaling-danmark"))
            .WithThresholds(Threshold.MetricAtLeast(MassSendMetrics.RecipientsPerSecond, 1e12, "recipients/s"), Threshold.MetricAtLeast("never reported", 0, "x"));

        var report = (await new LoadRunner().RunAsync([scenario], "fake", CancellationToken.None)).Scenarios[0];

        Assert.All(report.Thresholds, threshold => Assert.False(threshold.Passed));
        Assert.True(double.IsNaN(report.Thresholds[1].Actual));
    }

    private static Task<ScenarioReport> RunAsync(GatewaySession session, int recipients) =>
        RunAsync(session, new MassSendSettings(recipients, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(1), null, "udbetaling-danmark"));

    private static async Task<ScenarioReport> RunAsync(GatewaySession session, MassSendSettings settings) =>
        (await new LoadRunner().RunAsync([Scenario(session, settings).WithThresholds([.. MassSendScenario.DefaultThresholds])], "fake", CancellationToken.None)).Scenarios[0];

    private static Scenario Scenario(GatewaySession session, MassSendSettings settings) =>
        MassSendScenario.Create("mass-send", settings, session, new CprListPopulationSource(People), MeMoTemplate.Default(), TextWriter.Null);
}
