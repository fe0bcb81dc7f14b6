namespace DigitalPost.LoadTests.Harness;

/// <summary>A running scenario as the live view sees it.</summary>
public interface IScenarioProgress
{
    /// <summary>The scenario's name.</summary>
    string Name { get; }

    /// <summary>Time since the scenario's load started (frozen once it finished).</summary>
    TimeSpan Elapsed { get; }

    /// <summary>Whether the scenario has finished.</summary>
    bool IsCompleted { get; }

    /// <summary>Totals so far.</summary>
    StatsSnapshot Snapshot();

    /// <summary>The latest completed time-series interval, if any.</summary>
    TimeSeriesPoint? LatestPoint { get; }
}
