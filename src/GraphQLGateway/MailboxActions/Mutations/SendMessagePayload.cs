using DigitalPost.GraphQLGateway.Messages;

namespace DigitalPost.GraphQLGateway.MailboxActions.Mutations;

/// <summary>The runtime value of <c>SendMessagePayload</c>.</summary>
/// <param name="Message">The copy in the sending mailbox's Sent folder (runtime shape of <c>Message</c>), or null when it cannot be listed.</param>
public sealed record SendMessagePayload(MessageNode? Message, DeliveryReport Delivery, string? ClientMutationId);
