using DigitalPost.LoadTests.Cli;
using Spectre.Console;

return await LoadTestCli.Build(AnsiConsole.Console).Parse(args).InvokeAsync().ConfigureAwait(false);
