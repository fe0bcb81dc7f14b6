using DigitalPost.Grains.Interfaces.MassSend;

namespace DigitalPost.GraphQLGateway.MassSend;

/// <summary>The JSON of <c>GET /api/mass-sends/{jobId}</c>.</summary>
public sealed record MassSendStatusResponse(
    Guid JobId,
    string Status,
    string Kind,
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
    DateTimeOffset? ScheduledFor)
{
    public static MassSendStatusResponse From(MassSendJobStatus job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new MassSendStatusResponse(job.JobId, job.Status.ToString(), job.Kind.ToString(), job.Recipients, job.Processed, job.Delivered, job.Printed, job.Held,
            job.Refused, job.Invalid, job.CreatedAt, job.StartedAt, job.CompletedAt, job.ScheduledFor);
    }
}
