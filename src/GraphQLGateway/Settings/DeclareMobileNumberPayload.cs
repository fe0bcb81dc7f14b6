namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>The schema's <c>DeclareMobileNumberPayload</c>: the canonical number and how many other persons lost it.</summary>
public sealed record DeclareMobileNumberPayload(string PhoneNumber, int RemovedFromOthers, string? ClientMutationId);
