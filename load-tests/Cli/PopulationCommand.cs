using System.CommandLine;
using DigitalPost.LoadTests.DigitalPost;
using DigitalPost.LoadTests.Harness;
using DigitalPost.LoadTests.Population;

namespace DigitalPost.LoadTests.Cli;

/// <summary>
/// <c>population</c>: prints CPR numbers of the seeded population, one per line, as the scenarios would pick them
/// (citizens with a mailbox, or <c>--all</c> people), for scripts (<c>inbox-vs-plain.sh</c>) and for a look.
/// </summary>
internal static class PopulationCommand
{
    public static Command Create()
    {
        var gateway = new GatewayScenarioOptions();
        var count = new Option<long>("--count") { Description = "How many", DefaultValueFactory = _ => 10 };
        var all = new Option<bool>("--all") { Description = "Any person (a mass send's list), not only citizens with a mailbox" };
        var command = new Command("population", "Print CPR numbers of the seeded population as the scenarios pick them");
        command.Options.Add(count);
        command.Options.Add(all);
        foreach (var option in new Option[] { gateway.CprsFile, gateway.Postgres, gateway.PostgresDataDirectory, gateway.PostgresDatabase })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var population = gateway.Population(parse);
                var people = parse.GetValue(all)
                    ? population.PeopleAsync(parse.GetValue(count), cancellationToken)
                    : population.CitizensAsync(parse.GetValue(count), cancellationToken);
                await foreach (var cpr in people.ConfigureAwait(false))
                {
                    await Console.Out.WriteLineAsync(cpr).ConfigureAwait(false);
                }

                return ExitCodes.Success;
            }
            catch (PopulationUnavailableException exception)
            {
                await Console.Error.WriteLineAsync(exception.Message).ConfigureAwait(false);
                return ExitCodes.RunFailed;
            }
        });
        return command;
    }
}
