namespace DigitalPost.GraphQLGateway.Administration;

/// <summary>The schema's <c>RecallMessagePayload</c>.</summary>
public sealed record RecallMessagePayload(bool Recalled, string? ClientMutationId);
