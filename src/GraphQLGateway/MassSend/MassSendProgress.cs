using DigitalPost.Grains.Interfaces.MassSend;

namespace DigitalPost.GraphQLGateway.MassSend;

/// <summary>One <c>massSendProgress</c> event: the job's state and when it was read.</summary>
public sealed record MassSendProgress(MassSendJobStatus Job, DateTimeOffset At);
