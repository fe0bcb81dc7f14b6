namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>A mailbox event on the stream <see cref="MailboxStreams.Namespace"/> / mailbox id. Carries ids only, no content.</summary>
public sealed record MailboxEvent(MailboxEventKind Kind, string Mailbox, Guid? MessageUuid, string? FolderId, DateTimeOffset At, Platform Platform);
