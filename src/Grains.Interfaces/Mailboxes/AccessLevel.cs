namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>What an actor may do in a mailbox.</summary>
public enum AccessLevel
{
    None = 0,
    /// <summary>Read, folders, move, mark read/unread, forward, be served.</summary>
    Read = 1,
    /// <summary>Also reply, write new and forward on behalf.</summary>
    ReadWrite = 2,
    /// <summary>Everything, including delete and settings.</summary>
    Owner = 3,
}
