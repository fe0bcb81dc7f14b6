namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>The schema's <c>RevokeAccessPayload</c>: the global id of the grant that was revoked.</summary>
public sealed record RevokeAccessPayload(string RevokedGrantId, string? ClientMutationId);
