namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>The schema's <c>MailboxPayload</c>; <see cref="Mailbox"/> is the runtime value core's <c>Mailbox</c> type resolves.</summary>
public sealed record MailboxPayload(object Mailbox, string? ClientMutationId);
