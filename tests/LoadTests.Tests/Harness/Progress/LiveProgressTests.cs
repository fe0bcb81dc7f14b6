using DigitalPost.LoadTests.Harness;
using DigitalPost.LoadTests.Harness.Progress;
using DigitalPost.LoadTests.Tests.Fakes;
using Spectre.Console;

namespace DigitalPost.LoadTests.Tests.Harness.Progress;

public sealed class LiveProgressTests
{
    [Fact]
    public async Task The_table_shows_each_scenario_with_its_requests_and_errors()
    {
        var clock = new FakeLoadClock();
        var scenario = Scenario.Create("storm", context => Task.FromResult(context.InvocationNumber < 3 ? Response.Fail("x") : Response.Ok()))
            .WithLoadSimulations(LoadSimulation.Inject(1_234, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)));
        var running = new LoadRunner(new LoadRunnerOptions { SampleInterval = TimeSpan.Zero }, clock).Start([scenario], "test", CancellationToken.None);
        await running.Completion;
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(output) });
        console.Profile.Width = 200;

        console.Write(LiveProgress.BuildTable(running.Scenarios));

        var row = output.ToString().Split('\n').Single(line => line.Contains("storm", StringComparison.Ordinal));
        Assert.Contains("(done)", row, StringComparison.Ordinal);
        Assert.Contains("1,234", row, StringComparison.Ordinal);
        Assert.Matches(@"│\s+3\s+│\s*$", row.TrimEnd());
    }

    [Fact]
    public void Ci_turns_the_live_view_off()
    {
        var previous = Environment.GetEnvironmentVariable("CI");
        try
        {
            Environment.SetEnvironmentVariable("CI", "true");
            Assert.False(LiveProgress.ShouldShow(AnsiConsole.Create(new AnsiConsoleSettings { Interactive = InteractionSupport.Yes, Out = new AnsiConsoleOutput(TextWriter.Null) })));
        }
        finally
        {
            Environment.SetEnvironmentVariable("CI", previous);
        }
    }
}
