using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.Runtime;

namespace DigitalPost.GraphQLGateway.Messages;

/// <summary>
/// <c>Message.folder</c>: system folders need no lookup; a user folder's name comes from the mailbox's profile, asked
/// once per mailbox and request (a DataLoader), however many listed messages sit in user folders.
/// </summary>
public static class FolderLookup
{
    /// <summary>The loader's name in the request.</summary>
    public const string Name = "messages.folders";

    /// <summary>The resolver of <c>Message.folder</c>: synchronous (no task) for a system folder.</summary>
    public static ValueTask<object?> ResolveAsync(ResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var node = (MessageNode)context.Parent!;
        var folderId = node.Summary.FolderId;
        foreach (var system in SystemFolders.All)
        {
            if (system.FolderId == folderId)
            {
                return new ValueTask<object?>(new FolderNode(node.Mailbox, system));
            }
        }

        return new ValueTask<object?>(GetUserFolderAsync(context, node.Mailbox, folderId));
    }

    private static async Task<object?> GetUserFolderAsync(ResolverContext context, MailboxId mailbox, string folderId)
    {
        var folders = await context.DataLoader<MailboxId, IReadOnlyList<MailboxFolder>>(Name, (keys, _) => LoadAsync(context, keys)).LoadAsync(mailbox).ConfigureAwait(false);
        if (folders is not null)
        {
            foreach (var folder in folders)
            {
                if (folder.FolderId == folderId)
                {
                    return new FolderNode(mailbox, folder);
                }
            }
        }

        // The folder was deleted after the message was listed (its messages go back to the inbox): show its id.
        return new FolderNode(mailbox, new MailboxFolder(folderId, folderId, false));
    }

    private static async ValueTask<IReadOnlyDictionary<MailboxId, IReadOnlyList<MailboxFolder>>> LoadAsync(ResolverContext context, IReadOnlyList<MailboxId> mailboxes)
    {
        var grains = context.Service<IGrainFactory>();
        var viewer = context.Viewer();
        var profiles = await Task.WhenAll(mailboxes.Select(mailbox => GatewayCalls.RunAsync(context, () => grains.Mailbox(mailbox).GetProfileAsync(viewer.ActorFor(mailbox))))).ConfigureAwait(false);
        var result = new Dictionary<MailboxId, IReadOnlyList<MailboxFolder>>(mailboxes.Count);
        for (var i = 0; i < mailboxes.Count; i++)
        {
            result[mailboxes[i]] = profiles[i].Folders;
        }

        return result;
    }
}
