namespace DigitalPost.GraphQLGateway.Messages.Paging;

/// <summary>
/// The arguments of <c>Mailbox.messages</c> after page-size resolution: the size and direction, the Relay cursors as
/// given, and the filter with the folder's id already taken from its global id.
/// </summary>
public sealed record MessageListArguments(
    int PageSize,
    bool Backward,
    string? After = null,
    string? Before = null,
    string? FolderId = null,
    bool? Unread = null,
    string? SenderId = null,
    DateTimeOffset? ReceivedFrom = null,
    DateTimeOffset? ReceivedTo = null,
    string? Search = null);
