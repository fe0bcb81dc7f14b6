using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.GraphQLGateway.Messages.Files;

/// <summary>
/// What a download link carries: who it was issued to (the token subject and the platform), which message of which
/// mailbox, which file or action, and until when it works. <see cref="ToString"/> is log-safe (no CPR).
/// </summary>
/// <param name="Kind">File or calendar.</param>
/// <param name="Subject">The viewer's token subject (<c>GatewaySubject.Value</c>; may hold a CPR).</param>
/// <param name="Platform">The platform the link was issued on (private post opens only there).</param>
/// <param name="Mailbox">The mailbox holding the message.</param>
/// <param name="MessageUuid">The message.</param>
/// <param name="Index">The file's or action's position in the message (see <see cref="MessageLinkKind"/>).</param>
/// <param name="ExpiresAt">The end of the link's life.</param>
public sealed record MessageLink(MessageLinkKind Kind, string Subject, Platform Platform, MailboxId Mailbox, Guid MessageUuid, int Index, DateTimeOffset ExpiresAt)
{
    /// <inheritdoc />
    public override string ToString() => $"MessageLink({Kind}, {Mailbox.Masked}, {MessageUuid}, {Index})";
}
