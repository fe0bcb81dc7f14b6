namespace DigitalPost.Grains.MassSend;

/// <summary>A new-post notification to hand to the outbox once the batch is committed (channels as JSON).</summary>
internal sealed record MassSendNotificationRow(Guid NotificationId, string MailboxId, string? DelegateCpr, Guid MessageUuid, bool Legal, string ChannelsJson);
