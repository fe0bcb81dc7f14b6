using System.CommandLine;
using DigitalPost.LoadTests.Harness;

namespace DigitalPost.LoadTests.Scenarios;

/// <summary>
/// A scenario the CLI offers as a command: its name and options, the session it needs, and the <see cref="Scenario"/>
/// it runs. New scenarios (mass-send, inbox-storm, live-sync, mixed) are classes implementing this, listed in
/// <see cref="ScenarioCatalog"/>.
/// </summary>
public interface ILoadScenario
{
    /// <summary>The command name (e.g. <c>http-get</c>).</summary>
    string Name { get; }

    /// <summary>One line for the help text.</summary>
    string Description { get; }

    /// <summary>Options of this scenario beyond the shared ones.</summary>
    IReadOnlyList<Option> Options { get; }

    /// <summary>Opens the session the scenario talks to the target through (anonymous, or logged in with the dev token issuer).</summary>
    Task<ITargetSession> OpenSessionAsync(ScenarioSettings settings, ParseResult parseResult, CancellationToken cancellationToken);

    /// <summary>
    /// Builds the scenarios to run with <paramref name="session"/>; they run side by side (one for most commands,
    /// several for a composite such as <c>mixed</c>).
    /// </summary>
    IReadOnlyList<Scenario> Build(ScenarioSettings settings, ParseResult parseResult, ITargetSession session);
}
