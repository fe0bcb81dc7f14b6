using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;

namespace DigitalPost.GraphQLGateway.MailboxActions.Mutations;

/// <summary>
/// <c>markMessageRead</c>, <c>markMessageUnread</c>, <c>moveMessage</c>, <c>deleteMessage</c>, <c>restoreMessage</c>:
/// the mailbox must be one the viewer can open (else NOT_FOUND), then the grain authorises the action by the
/// viewer's level (a read delegate deleting: FORBIDDEN) and the message is listed again for the payload.
/// </summary>
internal static class MessageActionMutations
{
    public static Task<MessagePayload> MarkReadAsync(ResolverContext context) =>
        RunAsync(context, null, (grain, actor, uuid) => grain.MarkReadAsync(actor, uuid));

    public static Task<MessagePayload> MarkUnreadAsync(ResolverContext context) =>
        RunAsync(context, null, (grain, actor, uuid) => grain.MarkUnreadAsync(actor, uuid));

    public static Task<MessagePayload> DeleteAsync(ResolverContext context) =>
        RunAsync(context, SystemFolders.Deleted, (grain, actor, uuid) => grain.DeleteMessageAsync(actor, uuid));

    public static Task<MessagePayload> RestoreAsync(ResolverContext context) =>
        RunAsync(context, null, (grain, actor, uuid) => grain.RestoreMessageAsync(actor, uuid));

    public static Task<MessagePayload> MoveAsync(ResolverContext context)
    {
        var input = MutationInput.From(context);
        var (messageMailbox, _) = GlobalId.ParseMessage(context, input.Required("messageId"));
        var (folderMailbox, folderId) = GlobalId.ParseFolder(context, input.Required("folderId"));
        if (folderMailbox != messageMailbox)
        {
            // A folder of another mailbox is no folder of this one: the same answer as an unknown folder.
            throw GatewayErrors.Inaccessible(context);
        }

        if (folderId == SystemFolders.Deleted)
        {
            throw GatewayErrors.Validation(context, "input.folderId: messages go to deleted items with deleteMessage");
        }

        return RunAsync(context, folderId, (grain, actor, uuid) => grain.MoveMessageAsync(actor, uuid, folderId));
    }

    private static async Task<MessagePayload> RunAsync(ResolverContext context, string? folderAfter, Func<IMailboxGrain, ActorContext, Guid, Task> action)
    {
        var input = MutationInput.From(context);
        var (mailbox, uuid) = GlobalId.ParseMessage(context, input.Required("messageId"));
        var message = await GatewayCalls.RunAsync(context, mailbox, async (grain, actor) =>
        {
            await action(grain, actor, uuid).ConfigureAwait(false);
            return await MessageRefetch.FindAsync(grain, actor, uuid, folderAfter).ConfigureAwait(false);
        }).ConfigureAwait(false);

        // Gone between the action and the listing (deleted for good meanwhile): nothing to show.
        return message is null
            ? throw GatewayErrors.Inaccessible(context)
            : new MessagePayload(MessageShape.From(mailbox, message), input.ClientMutationId);
    }
}
