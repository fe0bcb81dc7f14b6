using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.Grains.Interfaces.Messages;

/// <summary>A message as listed (no content). <see cref="SenderKind"/> says whether an authority, a company (private post) or a mailbox holder sent it.</summary>
public sealed record MessageSummary(
    Guid MessageUuid,
    MessageDirection Direction,
    string FolderId,
    string SenderId,
    string SenderLabel,
    string RecipientId,
    string Label,
    DateTimeOffset ReceivedAt,
    bool Unread,
    DateTimeOffset? FirstReadAt,
    string? FirstReadBy,
    Platform? FirstReadPlatform,
    bool LegalNotification,
    DateTimeOffset? ServedAt,
    bool ReplyAllowed,
    DateTimeOffset? ReplyBy,
    DateTimeOffset? DeletedAt,
    Platform? PrivatePlatform,
    Guid ThreadId,
    long SizeBytes,
    int FileCount,
    SenderKind SenderKind = SenderKind.Authority)
{
    /// <inheritdoc />
    public override string ToString() => $"MessageSummary({MessageUuid}, {FolderId})";
}
