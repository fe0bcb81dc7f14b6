using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;

namespace DigitalPost.GraphQLGateway.MailboxActions.Mutations;

/// <summary>
/// Reads one message again after an action through the mailbox's listing (every folder, by messageUUID), which
/// records no read and serves nothing, as the viewer's actor sees it (private post of another platform is absent).
/// </summary>
internal static class MessageRefetch
{
    public static async Task<MessageSummary?> FindAsync(IMailboxGrain grain, ActorContext actor, Guid messageUuid, string? folderId = null)
    {
        var page = await grain.ListMessagesAsync(actor, new MessageQuery(FolderId: folderId, PageSize: 1, MessageUuids: [messageUuid])).ConfigureAwait(false);
        return page.Items.Count > 0 && page.Items[0].MessageUuid == messageUuid ? page.Items[0] : null;
    }
}
