using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.Grains.Interfaces.Messages;

/// <summary>A message as listed (no content).</summary>
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
    int FileCount)
{
    /// <inheritdoc />
    public override string ToString() => $"MessageSummary({MessageUuid}, {FolderId})";
}
