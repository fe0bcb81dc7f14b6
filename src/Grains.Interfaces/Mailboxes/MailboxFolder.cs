namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>A folder: one of <see cref="SystemFolders"/> or a user folder.</summary>
public sealed record MailboxFolder(string FolderId, string Name, bool IsSystem);
