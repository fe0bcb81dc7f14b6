namespace DigitalPost.Grains.Interfaces.AccessLog;

/// <summary>What an access-log entry records.</summary>
public enum AccessAction
{
    Read,
    MarkUnread,
    Move,
    Delete,
    Restore,
    Served,
    Reply,
    WriteNew,
    Forward,
    FolderCreated,
    FolderRenamed,
    FolderDeleted,
    GrantGiven,
    GrantRevoked,
    SettingChanged,
    ConsentGiven,
    ConsentWithdrawn,
    ExemptionRegistered,
    ExemptionRevoked,
    StatusChanged,
    Purged,

    /// <summary>Municipality staff read whether the citizen is exempt (stored as a number: new values only ever go last).</summary>
    ExemptionStatusRead,
}
