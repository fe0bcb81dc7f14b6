namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>The schema's <c>NemSmsPayload</c>.</summary>
public sealed record NemSmsPayload(NemSmsStatus NemSms, string? ClientMutationId);
