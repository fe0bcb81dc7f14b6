using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;

namespace DigitalPost.Grains.Messages;

/// <summary>A message held until its doNotDeliverUntilDate.</summary>
public sealed record HeldMessage(Guid MessageUuid, string SenderId, SenderKind SenderKind, Platform? PrivatePlatform, byte[] ContentSha256, string RecipientIdType, string? RecipientLabel, DateOnly ReleaseOn);
