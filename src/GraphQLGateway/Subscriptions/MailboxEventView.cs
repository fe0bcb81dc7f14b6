using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Messages;

namespace DigitalPost.GraphQLGateway.Subscriptions;

/// <summary>
/// The runtime value of the schema's <c>MailboxEvent</c>: the domain event, its mailbox, and the
/// message when the subscription already loaded it as the viewer (else the field loads it).
/// </summary>
public sealed record MailboxEventView(MailboxEvent Event, MailboxId Mailbox, MessageNode? Message)
{
    /// <inheritdoc />
    public override string ToString() => $"MailboxEventView({Event.Kind}, {Mailbox.Masked}, {Event.MessageUuid})";
}
