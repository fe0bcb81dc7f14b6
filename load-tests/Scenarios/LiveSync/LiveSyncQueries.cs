namespace DigitalPost.LoadTests.Scenarios.LiveSync;

/// <summary>
/// The GraphQL of <c>live-sync</c> (contract: Core, Messages, MailboxActions and Subscriptions fragments). Fix them here.
/// </summary>
public static class LiveSyncQueries
{
    /// <summary>The citizen's mailbox and its newest inbox message.</summary>
    public const string MailboxAndMessage = """
        query LoadTestLiveSyncSetup {
          viewer { mailbox { id messages(first: 1) { nodes { id unread } } } }
        }
        """;

    /// <summary>Platform B's subscription; variables: <c>mailboxId</c>.</summary>
    public const string MailboxEvents = """
        subscription LoadTestMailboxEvents($mailboxId: ID!) {
          mailboxEvents(mailboxId: $mailboxId) { kind messageId platform at }
        }
        """;

    /// <summary>Platform A marks the message read; variables: <c>id</c>.</summary>
    public const string MarkRead = """
        mutation LoadTestMarkRead($id: ID!) {
          markMessageRead(input: { messageId: $id }) { message { id unread } }
        }
        """;

    /// <summary>Platform A marks it unread again, so the next iteration has something to mark read; variables: <c>id</c>.</summary>
    public const string MarkUnread = """
        mutation LoadTestMarkUnread($id: ID!) {
          markMessageUnread(input: { messageId: $id }) { message { id unread } }
        }
        """;

    /// <summary>The event kind <see cref="MarkRead"/> causes.</summary>
    public const string ReadEvent = "READ";

    /// <summary>The event kind <see cref="MarkUnread"/> causes.</summary>
    public const string UnreadEvent = "MARKED_UNREAD";

    /// <summary>The subscription's field in the event payload.</summary>
    public const string EventField = "mailboxEvents";

    /// <summary>The mutation payload field of <see cref="MarkRead"/> / <see cref="MarkUnread"/>.</summary>
    public static string MutationField(bool markRead) => markRead ? "markMessageRead" : "markMessageUnread";
}
