namespace DigitalPost.Grains.Interfaces.Messages;

/// <summary>
/// A page of messages, newest first. <see cref="NextCursor"/> is set when older messages match the
/// query's filters beyond this page (pass it as <see cref="MessageQuery.After"/>);
/// <see cref="PreviousCursor"/> when newer ones do (pass it as <see cref="MessageQuery.Before"/>).
/// <see cref="Cursors"/> holds each item's own cursor, in the order of <see cref="Items"/>.
/// </summary>
public sealed record MessagePage(
    IReadOnlyList<MessageSummary> Items,
    string? NextCursor,
    string? PreviousCursor = null,
    IReadOnlyList<string>? Cursors = null);
