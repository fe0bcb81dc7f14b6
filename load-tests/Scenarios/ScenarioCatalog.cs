namespace DigitalPost.LoadTests.Scenarios;

/// <summary>Every scenario the CLI offers.</summary>
public static class ScenarioCatalog
{
    /// <summary>The scenarios, in help order.</summary>
    public static IReadOnlyList<ILoadScenario> All { get; } =
    [
        new InboxStorm.InboxStormScenario(),
        new LiveSync.LiveSyncScenario(),
        new MassSend.MassSendScenario(),
        new Mixed.MixedScenario(),
        new HttpGetScenario(),
    ];
}
