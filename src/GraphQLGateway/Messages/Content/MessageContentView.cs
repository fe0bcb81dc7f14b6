using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.GraphQLGateway.Messages.Content;

/// <summary>The runtime value of the schema's <c>MessageContent</c>: an opened message, without file bytes.</summary>
/// <param name="Mailbox">The mailbox the message was opened in (for <c>inReplyTo</c>).</param>
/// <param name="InReplyToUuid">The first MeMo ReplyData's messageUUID, when the message answers one.</param>
public sealed record MessageContentView(
    MailboxId Mailbox,
    string? Notification,
    string? AdditionalNotification,
    DateTimeOffset CreatedAt,
    DocumentView MainDocument,
    IReadOnlyList<DocumentView> AdditionalDocuments,
    IReadOnlyList<DocumentView> TechnicalDocuments,
    string? ContactPoint,
    Guid? InReplyToUuid,
    string? ForwardedFrom)
{
    /// <inheritdoc />
    public override string ToString() => $"MessageContentView({Mailbox.Masked})";
}
