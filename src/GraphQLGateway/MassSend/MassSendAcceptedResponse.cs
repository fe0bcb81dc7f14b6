namespace DigitalPost.GraphQLGateway.MassSend;

/// <summary>The JSON of <c>POST /api/mass-sends</c> (202 Accepted).</summary>
public sealed record MassSendAcceptedResponse(Guid JobId, string Status, long Recipients, bool Duplicate);
