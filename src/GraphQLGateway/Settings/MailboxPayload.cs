using DigitalPost.GraphQLGateway.Core;

namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>The schema's <c>MailboxPayload</c>.</summary>
public sealed record MailboxPayload(MailboxNode Mailbox, string? ClientMutationId);
