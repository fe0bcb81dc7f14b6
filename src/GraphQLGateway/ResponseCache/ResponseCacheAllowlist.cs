using System.Collections.Frozen;

namespace DigitalPost.GraphQLGateway.ResponseCache;

/// <summary>
/// The field coordinates whose values are a pure function of (the viewer, the request's platform, the state of the
/// viewer's OWN citizen mailbox grain as versioned by <c>IMailboxGrain.GetVersionAsync</c>). An operation is cacheable
/// only when every field it selects, on every possible concrete type, at every level, is listed here (plus
/// <c>__typename</c>). Decided by reading the resolvers (src/GraphQLGateway/Core, Messages); keep the reason next to each
/// entry. Deliberately NOT listed (and why) is in docs/gateway.md, "Response cache".
/// <para>
/// Reachability matters as much as purity: the only entry point is <c>Query.viewer</c> → <c>Viewer.mailbox</c> (the
/// viewer's own mailbox). Every listed field that returns an object returns an object of that same mailbox
/// (<c>Message.mailbox</c>, <c>Folder.mailbox</c>, <c>Message.folder</c>, <c>Message.thread</c>), so no listed path leads
/// to another mailbox. Fields that take an id (<c>Query.mailbox</c>, <c>node</c>, <c>message</c>) are not listed: an id
/// can name a delegated or business mailbox whose changes do not move the viewer's version.
/// </para>
/// </summary>
public static class ResponseCacheAllowlist
{
    /// <summary>The allowlisted coordinates (<c>Type.field</c>).</summary>
    public static FrozenSet<string> Coordinates { get; } = new[]
    {
        // Query.viewer: the GatewayViewer built from the token's subject and the resolved platform; both are in the key.
        "Query.viewer",

        // Viewer.kind / platform / displayId: properties of the subject and platform (key), no grain call.
        "Viewer.kind",
        "Viewer.platform",
        "Viewer.displayId",

        // Viewer.mailbox: new MailboxNode(OwnMailbox) — the viewer's own mailbox, the one whose version is checked.
        "Viewer.mailbox",

        // Mailbox.id / kind / address / displayAddress: functions of the mailbox id alone.
        "Mailbox.id",
        "Mailbox.kind",
        "Mailbox.address",
        "Mailbox.displayAddress",

        // Mailbox.access: MailboxAccessResolver answers OWNER for a citizen's own mailbox without a grain call.
        "Mailbox.access",

        // Mailbox.unreadCount: GetProfileAsync's unread count, read through the grain's inbox cache whose stamp is the version.
        "Mailbox.unreadCount",

        // Mailbox.folders / folder(id:): State.UserFolders + system folders; create/rename/delete publish (bump). A folder id
        // of another mailbox is an error, and results with errors are never cached.
        "Mailbox.folders",
        "Mailbox.folder",

        // Mailbox.messages(...): one ListMessagesAsync on the own grain (filters are request arguments, in the key; the
        // private-post filter uses the platform, in the key). Rows change only by grain writes that publish, by opens
        // (bump) and by mass-send batches (InboxCacheStamps.Invalidate bumps).
        "Mailbox.messages",

        // The connection, edge and page info built from that one page; cursors are plain base64url of the store cursor
        // (not signed, not time-limited).
        "MessageConnection.edges",
        "MessageConnection.nodes",
        "MessageConnection.pageInfo",
        "MessageEdge.cursor",
        "MessageEdge.node",
        "PageInfo.hasNextPage",
        "PageInfo.hasPreviousPage",
        "PageInfo.startCursor",
        "PageInfo.endCursor",

        // Message fields read from the listed MessageSummary (a row of the own mailbox): every change to a row goes through
        // a bump (read/unread/open/move/delete/restore/serve/purge publish or invalidate).
        "Message.id",
        "Message.messageUuid",
        "Message.direction",
        "Message.sender",
        "Message.recipient",
        "Message.label",
        "Message.receivedAt",
        "Message.unread",
        "Message.firstRead",
        "Message.legalNotification",
        "Message.servedAt",
        "Message.replyAllowed",
        "Message.replyBy",
        "Message.deletedAt",
        "Message.privatePlatform",
        "Message.sizeBytes",
        "Message.fileCount",

        // Message.mailbox: new MailboxNode(the message's mailbox) = the own mailbox on every listed path.
        "Message.mailbox",

        // Message.folder: system folders are constants; a user folder's name comes from the own grain's profile (folder
        // changes publish).
        "Message.folder",

        // Message.thread: ListMessagesAsync by thread id on the same own grain (a read without side effects).
        "Message.thread",

        // Sub-objects built from the summary / the own profile.
        "MessageParty.id",
        "MessageParty.label",
        "MessageParty.kind",
        "FirstRead.at",
        "FirstRead.platform",
        "FirstRead.byDelegate",
        "Folder.id",
        "Folder.folderId",
        "Folder.name",
        "Folder.system",
        "Folder.mailbox",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="typeName"/>.<paramref name="fieldName"/> is listed.</summary>
    public static bool Contains(string typeName, string fieldName) => Coordinates.Contains(typeName + "." + fieldName);
}
