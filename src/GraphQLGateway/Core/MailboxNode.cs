using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>
/// The runtime value of the schema's <c>Mailbox</c> type (bound by the core part). Any resolver returning a
/// <c>Mailbox</c> (<c>Message.mailbox</c>, <c>Grant.mailbox</c>, payloads) returns <c>new MailboxNode(id)</c>; fields of
/// <c>Mailbox</c> added by other parts read <c>((MailboxNode)context.Parent!).Mailbox</c>. Access is not carried: the
/// mailbox's fields ask <see cref="MailboxAccessResolver"/> (cached per request), so a node built from an id the viewer
/// cannot open fails on its fields with NOT_FOUND. Build it only for a mailbox the viewer was checked against.
/// </summary>
/// <param name="Mailbox">The mailbox's id.</param>
public sealed record MailboxNode(MailboxId Mailbox)
{
    /// <summary>The global id.</summary>
    public string Id => GlobalId.Mailbox(Mailbox);

    /// <inheritdoc />
    public override string ToString() => $"MailboxNode({Mailbox.Masked})";
}
