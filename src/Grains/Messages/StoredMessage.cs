using DigitalPost.Grains.Interfaces.Messages;

namespace DigitalPost.Grains.Messages;

/// <summary>A message row as read back: its summary plus what is needed to rebuild the MeMo message.</summary>
public sealed record StoredMessage(MessageSummary Summary, byte[] ContentSha256, string RecipientIdType, string? RecipientLabel, SenderKind SenderKind);
