namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>The schema's <c>GrantPayload</c> (grantAccess, grantEstateAccess).</summary>
public sealed record GrantPayload(GrantView Grant, string? ClientMutationId);
