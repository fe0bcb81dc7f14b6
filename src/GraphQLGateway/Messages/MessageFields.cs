using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Messages.Content;
using DigitalPost.GraphQLGateway.Messages.Paging;
using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.Messages;

/// <summary>The resolvers of the schema's <c>Message</c> fields that need more than a property of the summary.</summary>
public static class MessageFields
{
    private static readonly object s_true = true;
    private static readonly object s_false = false;

    /// <summary><c>Message.sender</c>.</summary>
    public static MessagePartyView Sender(MessageSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new MessagePartyView(MessageQueryFactory.SenderIdOf(summary.SenderId), summary.SenderLabel, summary.SenderKind);
    }

    /// <summary>
    /// <c>Message.firstRead</c>: null while unread-never-opened. <c>byDelegate</c> compares the first reader with the
    /// owner: a citizen mailbox's own CPR, an authority's own id. A business mailbox's people are all owners, and the
    /// summary cannot tell them from a delegate, so there it is false.
    /// </summary>
    public static FirstReadView? FirstRead(MailboxId mailbox, MessageSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.FirstReadAt is not { } at)
        {
            return null;
        }

        var platform = summary.FirstReadPlatform is { } p && p != Platform.Unknown ? p : (Platform?)null;
        var byDelegate = mailbox.Kind switch
        {
            MailboxKind.Citizen or MailboxKind.Authority => summary.FirstReadBy is { } reader && !string.Equals(reader, mailbox.Key, StringComparison.Ordinal),
            _ => false,
        };
        return new FirstReadView(at, platform, byDelegate);
    }

    /// <summary><c>Message.privatePlatform</c>: the platform private post shows on, null for public post.</summary>
    public static Platform? PrivatePlatform(MessageSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.PrivatePlatform is { } p && p != Platform.Unknown ? p : null;
    }

    /// <summary>Boxes a boolean without allocating.</summary>
    public static object Box(bool value) => value ? s_true : s_false;

    /// <summary><c>Message.thread</c>: the thread's messages in this mailbox (every folder), oldest first.</summary>
    public static async Task<IReadOnlyList<MessageNode>> ThreadAsync(ResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var node = (MessageNode)context.Parent!;
        var limit = context.Service<IOptions<MessagesGatewayOptions>>().Value.MaxThreadMessages;
        var page = await GatewayCalls.RunAsync(
            context,
            node.Mailbox,
            (grain, actor) => grain.ListMessagesAsync(actor, new MessageQuery(FolderId: null, ThreadId: node.Summary.ThreadId, PageSize: limit))).ConfigureAwait(false);
        var thread = new MessageNode[page.Items.Count];
        for (var i = 0; i < thread.Length; i++)
        {
            thread[i] = new MessageNode(node.Mailbox, page.Items[thread.Length - 1 - i]);
        }

        return thread;
    }

    /// <summary>
    /// <c>Message.receipts</c>: receipts are the sender's, so only a message this mailbox sent has any, and only a viewer
    /// who may act for the mailbox (read-and-write or owner) sees them; for anything else the list is empty.
    /// </summary>
    public static async Task<IReadOnlyList<Receipt>> ReceiptsAsync(ResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var node = (MessageNode)context.Parent!;
        if (node.Summary.Direction != MessageDirection.Sent)
        {
            return [];
        }

        var level = await context.Service<MailboxAccessResolver>().RequireAsync(context, node.Mailbox).ConfigureAwait(false);
        if (level < AccessLevel.ReadWrite)
        {
            return [];
        }

        var limit = context.Service<IOptions<MessagesGatewayOptions>>().Value.MaxReceipts;
        return await GatewayCalls.RunAsync(context, node.Mailbox, (grain, actor) => grain.ListReceiptsAsync(actor, node.Summary.MessageUuid, limit)).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>Message.content</c>: opens the message through the grain as the viewer (first read, legal service, access log),
    /// maps the MeMo model and lets go of the file bytes at once (the views keep sizes; files download by link).
    /// </summary>
    public static async Task<MessageContentView> ContentAsync(ResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var node = (MessageNode)context.Parent!;
        var detail = await GatewayCalls.RunAsync(context, node.Mailbox, (grain, actor) => grain.OpenMessageAsync(actor, node.Summary.MessageUuid)).ConfigureAwait(false);
        try
        {
            return MessageContentMapper.Map(node.Mailbox, detail.Message);
        }
        finally
        {
            MessageContentIndex.DisposeContents(detail.Message);
        }
    }

    /// <summary><c>Query.message(id)</c>: NOT_FOUND for an id that is not a message the viewer may see on this platform.</summary>
    public static async Task<MessageNode> MessageByIdAsync(ResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // An anonymous caller learns nothing about ids, not even whether one is well-formed.
        _ = context.Viewer();
        var (mailbox, uuid) = GlobalId.ParseMessage(context, context.Argument<string>("id"));
        return await MessageLoader.LoadAsync(context, mailbox, uuid).ConfigureAwait(false) ?? throw Localization.GatewayErrors.Inaccessible(context);
    }

    /// <summary><c>MessageContent.inReplyTo</c>: the answered message when this mailbox holds it and the viewer may see it.</summary>
    public static Task<MessageNode?> InReplyToAsync(ResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var content = (MessageContentView)context.Parent!;
        return content.InReplyToUuid is { } uuid ? MessageLoader.LoadAsync(context, content.Mailbox, uuid) : Task.FromResult<MessageNode?>(null);
    }

    /// <summary>The node resolver of <c>Message</c> ids (key <c>&lt;mailbox&gt;/&lt;uuid&gt;</c>).</summary>
    public static async ValueTask<object?> ResolveNodeAsync(ResolverContext context, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!GlobalId.TrySplitChildKey(key, out var mailbox, out var rest) || !GlobalId.TryParseGuid(rest, out var uuid))
        {
            return null;
        }

        return await MessageLoader.LoadAsync(context, mailbox, uuid).ConfigureAwait(false);
    }
}
