using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.GraphQLGateway.Core;

namespace DigitalPost.GraphQLGateway.Messages;

/// <summary>
/// The runtime value of the schema's <c>Message</c>: a message of one mailbox as listed (no content). Build it only
/// from what the grains returned to the viewer, so it never names a message the viewer may not see.
/// </summary>
/// <param name="Mailbox">The mailbox holding the message.</param>
/// <param name="Summary">The listed message.</param>
public sealed record MessageNode(MailboxId Mailbox, MessageSummary Summary)
{
    /// <summary>The global id.</summary>
    public string Id => GlobalId.Message(Mailbox, Summary.MessageUuid);

    /// <inheritdoc />
    public override string ToString() => $"MessageNode({Mailbox.Masked}, {Summary.MessageUuid})";
}
