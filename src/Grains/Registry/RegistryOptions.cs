namespace DigitalPost.Grains.Registry;

/// <summary>Settings of the population registry's event dispatch and daily scan (configuration section <c>Registry</c>).</summary>
public sealed class RegistryOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Registry";

    /// <summary>Pending events read per round trip by the dispatcher. Default 500.</summary>
    public int DispatchBatchSize { get; set; } = 500;

    /// <summary>
    /// How often the dispatcher looks for pending events it was not woken for (events recorded by
    /// another silo, or left by a crash). Default 5 seconds.
    /// </summary>
    public TimeSpan DispatchPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Delay before the first retry of an event a handler failed; doubled per attempt. Default 1 second.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest delay between retries. Default 5 minutes.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Local time of day at which the daily turned-15 scan runs. Default 00:05.</summary>
    public TimeSpan ScanTimeOfDay { get; set; } = new(0, 5, 0);

    /// <summary>
    /// Time zone whose calendar decides what "today" is for birthdays. Default Europe/Copenhagen
    /// (UTC when the system has no time zone data).
    /// </summary>
    public TimeZoneInfo TimeZone { get; set; } = DefaultTimeZone();

    /// <summary>
    /// On the very first scan (no progress stored yet) the days before today that are scanned too.
    /// Default 0: only today; people who turned 15 before the registry existed are the seeder's or
    /// the mailbox side's business.
    /// </summary>
    public int InitialScanLookbackDays { get; set; }

    private static TimeZoneInfo DefaultTimeZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Copenhagen", out var zone) ? zone : TimeZoneInfo.Utc;
}
