using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Messages;

namespace DigitalPost.GraphQLGateway.MailboxActions.Mutations;

/// <summary>
/// The one place that turns a listed message into the runtime value of the schema's <c>Message</c> type, so the
/// mutations' payloads resolve with the same field resolvers as <c>message(id:)</c> and the connections.
/// </summary>
internal static class MessageShape
{
    public static object From(MailboxId mailbox, MessageSummary summary) => summary;
}
