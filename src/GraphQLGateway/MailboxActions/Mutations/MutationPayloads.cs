using DigitalPost.GraphQLGateway.Messages;

namespace DigitalPost.GraphQLGateway.MailboxActions.Mutations;

/// <summary>The runtime value of <c>MessagePayload</c>.</summary>
/// <param name="Message">The message after the action, in the runtime shape of the <c>Message</c> type.</param>
public sealed record MessagePayload(MessageNode Message, string? ClientMutationId);
