using System.CommandLine;
using DigitalPost.LoadTests.Harness;
using DigitalPost.LoadTests.Harness.Progress;
using DigitalPost.LoadTests.Harness.Reports;
using DigitalPost.LoadTests.Scenarios;
using Spectre.Console;

namespace DigitalPost.LoadTests.Cli;

/// <summary>
/// The command line: one command per <see cref="ILoadScenario"/> (shared options plus its own) and
/// <c>serve-static</c>, the trivial endpoint the harness is cross-checked on.
/// </summary>
public static class LoadTestCli
{
    /// <summary>The root command writing to <paramref name="console"/>.</summary>
    public static RootCommand Build(IAnsiConsole console, IReadOnlyList<ILoadScenario>? scenarios = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = new RootCommand("Digital Post load tests: scenarios in NBomber's vocabulary, reports in load-tests/reports.");
        foreach (var scenario in scenarios ?? ScenarioCatalog.All)
        {
            root.Subcommands.Add(ScenarioCommand(scenario, console));
        }

        root.Subcommands.Add(ServeStaticCommand(console));
        root.Subcommands.Add(PopulationCommand.Create());
        root.Subcommands.Add(CaptureInboxCommand.Create());
        return root;
    }

    private static Command ScenarioCommand(ILoadScenario scenario, IAnsiConsole console)
    {
        var options = new CommonOptions();
        var command = new Command(scenario.Name, scenario.Description);
        foreach (var option in options.All.Concat(scenario.Options))
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => RunScenarioAsync(scenario, options, parse, console, cancellationToken));
        return command;
    }

    private static async Task<int> RunScenarioAsync(ILoadScenario definition, CommonOptions options, ParseResult parse, IAnsiConsole console, CancellationToken cancellationToken)
    {
        RunReport report;
        try
        {
            var settings = options.Settings(parse);
            var session = await definition.OpenSessionAsync(settings, parse, cancellationToken).ConfigureAwait(false);
            await using (session.ConfigureAwait(false))
            {
                var scenarios = definition.Build(settings, parse, session);
                var runner = new LoadRunner(options.RunnerOptions(parse), new SystemLoadClock(TimeProvider.System, parse.GetValue(options.PacingSpin)));
                var running = runner.Start(scenarios, settings.Target.ToString(), cancellationToken);
                if (!parse.GetValue(options.NoProgress) && LiveProgress.ShouldShow(console))
                {
                    await LiveProgress.ShowAsync(console, running, TimeSpan.FromSeconds(1), TimeProvider.System).ConfigureAwait(false);
                }

                report = await running.Completion.ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            console.MarkupLineInterpolated($"[red]The run failed:[/] {exception.Message}");
            return ExitCodes.RunFailed;
        }

        SummaryTable.Write(console, report);
        var folder = await ReportFolder.WriteAsync(report, parse.GetValue(options.ReportFolder)!, CancellationToken.None).ConfigureAwait(false);
        console.MarkupLineInterpolated($"Reports written to {folder}");
        return report.ExitCode;
    }

    private static Command ServeStaticCommand(IAnsiConsole console)
    {
        var url = new Option<string>("--url") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var bodyBytes = new Option<int>("--body-bytes") { Description = "Size of the fixed response body", DefaultValueFactory = _ => 13 };
        var bodyFile = new Option<string?>("--body-file") { Description = "Serve exactly this file's bytes instead (e.g. a gateway response captured once)" };
        var contentType = new Option<string?>("--content-type") { Description = "Content-Type of the response (default text/plain, or application/json with --body-file)" };
        var command = new Command("serve-static", "Serve a fixed body on every request (the floor for cross-checks) until stopped");
        command.Options.Add(url);
        command.Options.Add(bodyBytes);
        command.Options.Add(bodyFile);
        command.Options.Add(contentType);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetValue(bodyFile);
            var body = file is null ? null : await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            var endpoint = body is null
                ? await StaticEndpoint.StartAsync(parse.GetValue(url)!, parse.GetValue(bodyBytes), cancellationToken).ConfigureAwait(false)
                : await StaticEndpoint.StartAsync(parse.GetValue(url)!, body, parse.GetValue(contentType) ?? "application/json", cancellationToken).ConfigureAwait(false);
            await using (endpoint.ConfigureAwait(false))
            {
                console.MarkupLineInterpolated($"Serving {body?.Length ?? parse.GetValue(bodyBytes)} bytes on {endpoint.Address}");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C or SIGTERM: stop serving.
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
