using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.GraphQLGateway.Administration;

/// <summary>The schema's <c>RegisterExemptionPayload</c>.</summary>
public sealed record RegisterExemptionPayload(ExemptionRecord Exemption, string? ClientMutationId);
