namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>
/// The version of what a mailbox shows: equal versions mean nothing the mailbox grain shows (message rows, unread count,
/// folders) changed in between. <see cref="Generation"/> is new for every activation of the grain (so a mailbox that
/// deactivated and came back, possibly after writes that went past it, never repeats a version); <see cref="Counter"/>
/// grows with every change within one activation. Compare versions for equality only: there is no order between
/// generations.
/// </summary>
/// <param name="Generation">Unique per activation.</param>
/// <param name="Counter">Changes seen by this activation so far.</param>
public readonly record struct MailboxVersion(Guid Generation, long Counter);
