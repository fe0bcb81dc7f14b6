using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.Runtime;

namespace DigitalPost.GraphQLGateway.Messages;

/// <summary>
/// Messages by id without opening them (<c>Query.message</c>, <c>node</c>, <c>inReplyTo</c>): a per-request DataLoader
/// that asks each mailbox once for all its requested messages (<see cref="MessageQuery.MessageUuids"/>, every folder),
/// as the viewer, so the grains' authorisation and the platform filter of private post apply. A message the viewer may
/// not see and one that does not exist both load as null.
/// </summary>
public static class MessageLoader
{
    /// <summary>The loader's name in the request.</summary>
    public const string Name = "messages.byId";

    /// <summary>Most uuids asked of a mailbox in one grain call.</summary>
    public const int MaxPerCall = 100;

    /// <summary>The message, or null when the viewer cannot see it.</summary>
    public static Task<MessageNode?> LoadAsync(ResolverContext context, MailboxId mailbox, Guid messageUuid)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.DataLoader<MessageKey, MessageNode>(Name, (keys, cancellationToken) => BatchAsync(context, keys))
            .LoadAsync(new MessageKey(mailbox, messageUuid));
    }

    private static async ValueTask<IReadOnlyDictionary<MessageKey, MessageNode>> BatchAsync(ResolverContext context, IReadOnlyList<MessageKey> keys)
    {
        var found = new Dictionary<MessageKey, MessageNode>(keys.Count);
        var byMailbox = new Dictionary<MailboxId, List<Guid>>();
        foreach (var key in keys)
        {
            if (!byMailbox.TryGetValue(key.Mailbox, out var uuids))
            {
                byMailbox[key.Mailbox] = uuids = [];
            }

            uuids.Add(key.MessageUuid);
        }

        var loads = new List<Task<IReadOnlyList<MessageSummary>>>(byMailbox.Count);
        var mailboxes = new List<MailboxId>(byMailbox.Count);
        foreach (var (mailbox, uuids) in byMailbox)
        {
            for (var start = 0; start < uuids.Count; start += MaxPerCall)
            {
                mailboxes.Add(mailbox);
                loads.Add(LoadFromMailboxAsync(context, mailbox, uuids.GetRange(start, Math.Min(MaxPerCall, uuids.Count - start))));
            }
        }

        var results = await Task.WhenAll(loads).ConfigureAwait(false);
        for (var i = 0; i < results.Length; i++)
        {
            foreach (var summary in results[i])
            {
                found[new MessageKey(mailboxes[i], summary.MessageUuid)] = new MessageNode(mailboxes[i], summary);
            }
        }

        return found;
    }

    private static async Task<IReadOnlyList<MessageSummary>> LoadFromMailboxAsync(ResolverContext context, MailboxId mailbox, List<Guid> uuids)
    {
        // A mailbox the viewer cannot open answers nothing (NOT_FOUND for its messages), without asking its grain.
        if (await context.Service<MailboxAccessResolver>().FindAsync(context, mailbox).ConfigureAwait(false) is null)
        {
            return [];
        }

        var grain = context.Service<IGrainFactory>().Mailbox(mailbox);
        var actor = context.Viewer().ActorFor(mailbox);
        try
        {
            var page = await grain.ListMessagesAsync(actor, new MessageQuery(FolderId: null, PageSize: uuids.Count, MessageUuids: uuids)).ConfigureAwait(false);
            return page.Items;
        }
        catch (MailboxActionException)
        {
            return [];
        }
    }
}
