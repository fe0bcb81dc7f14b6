using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.GraphQLGateway.Messages;

namespace DigitalPost.GraphQLGateway.MailboxActions.Mutations;

/// <summary>
/// Turns a listed message into the runtime value of the schema's <c>Message</c> type (the messages part's
/// <see cref="MessageNode"/>), so the payloads resolve with the same field resolvers as <c>message(id:)</c>. The
/// message is listed again by <see cref="MessageRefetch"/> rather than the messages part's per-request loader, whose
/// cache would hand a second mutation of the same request the state before the first.
/// </summary>
internal static class MessageShape
{
    public static MessageNode From(MailboxId mailbox, MessageSummary summary) => new(mailbox, summary);
}
