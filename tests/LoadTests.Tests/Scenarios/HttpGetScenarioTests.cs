using DigitalPost.LoadTests.Harness;
using DigitalPost.LoadTests.Scenarios;

namespace DigitalPost.LoadTests.Tests.Scenarios;

public sealed class HttpGetScenarioTests
{
    [Fact]
    public async Task Gets_from_a_real_kestrel_endpoint_count_every_response_as_ok()
    {
        await using var endpoint = await StaticEndpoint.StartAsync("http://127.0.0.1:0", bodyBytes: 13, CancellationToken.None);
        await using var session = new AnonymousTargetSession(endpoint.Address, maxConnections: 4, TimeSpan.FromSeconds(30));
        var scenario = HttpGetScenario.Create("http-get", "/anything", session)
            .WithLoadSimulations(LoadSimulation.KeepConstant(4, TimeSpan.FromMinutes(5)))
            .WithMaxIterations(300);

        var report = (await new LoadRunner().RunAsync([scenario], endpoint.Address.ToString(), CancellationToken.None)).Scenarios[0];

        Assert.Equal((300L, 0L, 300L * 13), (report.Stats.Ok, report.Stats.Failed, report.Stats.Bytes));
        var step = Assert.Single(report.Steps);
        Assert.Equal(("get", 300L), (step.Name, step.Stats.Ok));
        Assert.NotEmpty(report.TimeSeries);
        Assert.Equal(300, report.TimeSeries.Sum(point => point.Ok));
    }

    [Fact]
    public async Task Injected_gets_reach_the_endpoint_at_the_bounded_count()
    {
        await using var endpoint = await StaticEndpoint.StartAsync("http://127.0.0.1:0", bodyBytes: 5, CancellationToken.None);
        await using var session = new AnonymousTargetSession(endpoint.Address, maxConnections: 16, TimeSpan.FromSeconds(30));
        var scenario = HttpGetScenario.Create("inject", "/", session)
            .WithLoadSimulations(LoadSimulation.Inject(1_000, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5)))
            .WithMaxIterations(100);

        var stats = (await new LoadRunner().RunAsync([scenario], endpoint.Address.ToString(), CancellationToken.None)).Scenarios[0].Stats;

        Assert.Equal((100L, 0L, 500L), (stats.Ok, stats.Failed, stats.Bytes));
    }

    [Fact]
    public async Task A_refused_connection_is_a_failure_of_its_own_kind()
    {
        // Bind and release a port so nothing listens on it.
        Uri address;
        await using (var endpoint = await StaticEndpoint.StartAsync("http://127.0.0.1:0", bodyBytes: 1, CancellationToken.None))
        {
            address = endpoint.Address;
        }

        await using var session = new AnonymousTargetSession(address, maxConnections: 1, TimeSpan.FromSeconds(30));
        var scenario = HttpGetScenario.Create("refused", "/", session)
            .WithLoadSimulations(LoadSimulation.KeepConstant(1, TimeSpan.FromMinutes(1)))
            .WithMaxIterations(3);

        var stats = (await new LoadRunner().RunAsync([scenario], address.ToString(), CancellationToken.None)).Scenarios[0].Stats;

        Assert.Equal(3, stats.Failed);
        Assert.Equal(("http-ConnectionError", 3L), (stats.Errors[0].Kind, stats.Errors[0].Count));
    }
}
