using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.Grains.Delivery;

/// <summary>A broken size, count or file-type limit: the error code, the receipt reason and a message naming the limit.</summary>
public sealed record LimitViolation(MailboxErrorCode Code, string ReasonCode, string Message);
