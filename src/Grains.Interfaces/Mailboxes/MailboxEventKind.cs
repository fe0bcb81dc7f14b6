namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>What happened in a mailbox (published for live sync across platforms).</summary>
public enum MailboxEventKind
{
    Delivered,
    Read,
    MarkedUnread,
    Moved,
    Deleted,
    Restored,
    Purged,
    Served,
    Sent,
    FolderCreated,
    FolderRenamed,
    FolderDeleted,
    SettingsChanged,
}
