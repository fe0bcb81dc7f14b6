using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using DigitalPost.GraphQLGateway.Messages.Paging;
using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.Messages;

/// <summary>
/// <c>Mailbox.messages(first, after, last, before, filter)</c>: one grain call for the page (filters, both paging
/// directions, the private-post platform filter and the "more beyond" flags all happen in the grain's one statement).
/// </summary>
public static class MailboxMessagesField
{
    /// <summary>The resolver.</summary>
    public static async Task<MessageConnection> ResolveAsync(ResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mailbox = ((MailboxNode)context.Parent!).Mailbox;
        var defaultSize = context.Service<IOptions<MessagesGatewayOptions>>().Value.DefaultPageSize;
        var size = PageSize.Resolve(context, out var backward, defaultSize);
        var arguments = ReadArguments(context, mailbox, size, backward);
        if (!MessageQueryFactory.TryCreate(arguments, out var query, out var invalid))
        {
            throw GatewayErrors.Validation(context, invalid);
        }

        if (size == 0)
        {
            // Relay allows first: 0; the grains' pages hold at least one message, so ask for none at all.
            await context.Service<MailboxAccessResolver>().RequireAsync(context, mailbox).ConfigureAwait(false);
            return new MessageConnection(mailbox, new MessagePage([], null, null, []));
        }

        var page = await GatewayCalls.RunAsync(context, mailbox, (grain, actor) => grain.ListMessagesAsync(actor, query)).ConfigureAwait(false);
        return new MessageConnection(mailbox, page);
    }

    private static MessageListArguments ReadArguments(ResolverContext context, MailboxId mailbox, int size, bool backward)
    {
        var after = context.ArgumentOrDefault<string>("after");
        var before = context.ArgumentOrDefault<string>("before");
        if (!context.Arguments.TryGetValue("filter", out var value) || value is not IReadOnlyDictionary<string, object?> filter)
        {
            return new MessageListArguments(size, backward, after, before);
        }

        string? folderId = null;
        if (filter.TryGetValue("folderId", out var folder) && folder is string folderGlobalId)
        {
            var (folderMailbox, id) = GlobalId.ParseFolder(context, folderGlobalId);
            if (folderMailbox != mailbox)
            {
                // Another mailbox's folder is a folder this mailbox does not have: the same NOT_FOUND as an unknown one.
                throw GatewayErrors.Inaccessible(context);
            }

            folderId = id;
        }

        return new MessageListArguments(
            size,
            backward,
            after,
            before,
            folderId,
            filter.TryGetValue("unread", out var unread) ? unread as bool? : null,
            filter.TryGetValue("senderId", out var sender) ? sender as string : null,
            filter.TryGetValue("receivedFrom", out var from) ? from as DateTimeOffset? : null,
            filter.TryGetValue("receivedTo", out var to) ? to as DateTimeOffset? : null,
            filter.TryGetValue("search", out var search) ? search as string : null);
    }
}
