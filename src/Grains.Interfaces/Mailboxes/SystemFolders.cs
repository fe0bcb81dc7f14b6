namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>The folders every mailbox has.</summary>
public static class SystemFolders
{
    public const string Inbox = "inbox";
    public const string Sent = "sent";
    public const string Deleted = "deleted";
    public const string Archive = "archive";

    /// <summary>The system folders with their display names.</summary>
    public static IReadOnlyList<MailboxFolder> All { get; } =
    [
        new(Inbox, "Indbakke", true),
        new(Sent, "Sendt", true),
        new(Deleted, "Slettet post", true),
        new(Archive, "Arkiv", true),
    ];

    /// <summary>True for a system folder id.</summary>
    public static bool IsSystem(string folderId) => folderId is Inbox or Sent or Deleted or Archive;
}
