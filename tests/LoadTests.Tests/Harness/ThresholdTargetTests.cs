using DigitalPost.LoadTests.Harness;

namespace DigitalPost.LoadTests.Tests.Harness;

public sealed class ThresholdTargetTests
{
    private static readonly StatsSummary Slow = new(10, 10, 0, 0, 5, 90, 90, 95, 99, 100, 100, []);
    private static readonly StatsSummary Fast = new(10, 10, 0, 0, 5, 2, 2, 3, 4, 5, 5, []);

    [Fact]
    public void A_step_threshold_reads_the_step_not_the_scenario()
    {
        var threshold = Threshold.P99AtMost(20).ForStep("event");

        var result = threshold.Check(Slow, [new StepReport("event", Fast)], []);

        Assert.Equal(("step event: p99 ≤ 20 ms", true, 5.0), (result.Description, result.Passed, result.Actual));
    }

    [Fact]
    public void A_step_that_never_ran_fails_its_threshold()
    {
        var result = Threshold.P99AtMost(20).ForStep("event").Check(Fast, [new StepReport("event", new StatsSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, []))], []);

        Assert.False(result.Passed);
        Assert.True(double.IsNaN(result.Actual));
    }

    [Fact]
    public void A_metric_threshold_reads_the_reported_figure()
    {
        var threshold = Threshold.MetricAtLeast("recipients/s", 1000, "recipients/s");

        Assert.True(threshold.Check(Fast, [], [new ScenarioMetric("recipients/s", 1500, "recipients/s")]).Passed);
        Assert.False(threshold.Check(Fast, [], [new ScenarioMetric("recipients/s", 999, "recipients/s")]).Passed);
        Assert.False(threshold.Check(Fast, [], []).Passed);
    }

    [Fact]
    public async Task Metrics_reported_by_an_iteration_reach_the_report_last_value_winning()
    {
        var scenario = Scenario.Create("figures", context =>
        {
            context.ReportMetric("x", context.InvocationNumber, "units");
            return Task.FromResult(Response.Ok());
        }).WithLoadSimulations(LoadSimulation.KeepConstant(1, TimeSpan.FromMinutes(1))).WithMaxIterations(3);

        var report = (await new LoadRunner(new LoadRunnerOptions { SampleInterval = TimeSpan.Zero }, new Fakes.FakeLoadClock()).RunAsync([scenario], "test", CancellationToken.None)).Scenarios[0];

        Assert.Equal(new ScenarioMetric("x", 2, "units"), Assert.Single(report.Metrics));
    }
}
