namespace DigitalPost.LoadTests.Gateway;

/// <summary>A mass send's progress as <c>GET /api/mass-sends/{jobId}</c> reports it.</summary>
public sealed record MassSendStatus(
    string JobId,
    string Status,
    long Recipients,
    long Processed,
    long Delivered,
    long Printed,
    long Held,
    long Refused,
    long Invalid,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? ScheduledFor)
{
    /// <summary>The statuses a job ends in.</summary>
    public static IReadOnlySet<string> FinalStatuses { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Completed", "Recalled", "Failed" };

    /// <summary>Whether the job has ended (completed, recalled or failed).</summary>
    public bool IsFinal => FinalStatuses.Contains(Status);

    /// <summary>Whether the job completed.</summary>
    public bool IsCompleted => string.Equals(Status, "Completed", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every recipient accounted for by an outcome.</summary>
    public long Outcomes => Delivered + Printed + Held + Refused + Invalid;

    /// <summary>The server's own time from the job's creation (or start) to its completion, when it reports both.</summary>
    public TimeSpan? ServerElapsed => CompletedAt is { } completed && (CreatedAt ?? StartedAt) is { } begun ? completed - begun : null;
}
