using DigitalPost.LoadTests.Cli;
using Spectre.Console;

var console = AnsiConsole.Console;
if (Console.IsOutputRedirected)
{
    // Redirected output (CI logs, files) has no terminal width; the default 80 columns would wrap the tables.
    console.Profile.Width = 160;
}

return await LoadTestCli.Build(console).Parse(args).InvokeAsync().ConfigureAwait(false);
