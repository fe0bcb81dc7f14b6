using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.GraphQLGateway.Messages;

/// <summary>A message by mailbox and messageUUID: the key of <see cref="MessageLoader"/>.</summary>
public readonly record struct MessageKey(MailboxId Mailbox, Guid MessageUuid)
{
    /// <inheritdoc />
    public override string ToString() => $"MessageKey({Mailbox.Masked}, {MessageUuid})";
}
