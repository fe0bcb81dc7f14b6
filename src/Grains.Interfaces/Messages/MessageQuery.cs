using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.Grains.Interfaces.Messages;

/// <summary>
/// A page of messages, newest first. The filters (<see cref="FolderId"/> (null: every folder),
/// <see cref="Unread"/>, <see cref="SenderId"/>, the received range <see cref="From"/> (inclusive) to
/// <see cref="To"/> (exclusive), <see cref="Text"/> on label and sender name, <see cref="ThreadId"/>,
/// <see cref="MessageUuids"/>) must all hold. <see cref="After"/> and <see cref="Before"/> are cursors
/// from an earlier page (<see cref="MessagePage.NextCursor"/>, <see cref="MessagePage.PreviousCursor"/>,
/// <see cref="MessagePage.Cursors"/>) that bound the window to messages older than <see cref="After"/>
/// and newer than <see cref="Before"/>. The page is the <see cref="PageSize"/> newest messages of that
/// window, or with <see cref="Backward"/> its <see cref="PageSize"/> oldest (Relay's <c>last</c>),
/// still listed newest first.
/// </summary>
public sealed record MessageQuery(
    string? FolderId = SystemFolders.Inbox,
    bool? Unread = null,
    string? SenderId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Text = null,
    int PageSize = 50,
    string? After = null,
    string? Before = null,
    bool Backward = false,
    Guid? ThreadId = null,
    IReadOnlyList<Guid>? MessageUuids = null);
