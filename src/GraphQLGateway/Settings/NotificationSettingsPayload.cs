using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>The schema's <c>NotificationSettingsPayload</c>: the settings as stored (normalised).</summary>
public sealed record NotificationSettingsPayload(NotificationSettings NotificationSettings, string? ClientMutationId);
