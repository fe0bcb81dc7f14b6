namespace DigitalPost.Grains.Interfaces.MassSend;

/// <summary>
/// A job's progress. <see cref="Processed"/> counts recipient lines handled so far; the outcome
/// counters count recipients (a recipient listed twice is delivered once and counted once).
/// </summary>
public sealed record MassSendJobStatus(
    Guid JobId,
    string Authority,
    MassSendKind Kind,
    MassSendStatus Status,
    long Recipients,
    long Processed,
    long Delivered,
    long Printed,
    long Held,
    long Refused,
    long Invalid,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? ScheduledFor);
