using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.Grains.Interfaces.Messages;

/// <summary>
/// A page of messages. Newest first; <see cref="After"/> is the cursor of the previous page's last
/// item (<see cref="MessagePage.NextCursor"/>). <see cref="Text"/> searches label and sender name.
/// </summary>
public sealed record MessageQuery(
    string? FolderId = SystemFolders.Inbox,
    bool? Unread = null,
    string? SenderId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Text = null,
    int PageSize = 50,
    string? After = null);
