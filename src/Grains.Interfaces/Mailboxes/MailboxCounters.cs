namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>Running totals of what reached the mailbox (the message tables are the truth; these are for overviews).</summary>
public sealed record MailboxCounters(long Delivered, long Printed, long Held, long Refused);
