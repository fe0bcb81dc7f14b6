using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.MailboxActions.Mutations;

/// <summary><c>createFolder</c>, <c>renameFolder</c>, <c>deleteFolder</c> (user folders; system folders are refused by the grain).</summary>
internal static class FolderMutations
{
    public static async Task<FolderPayload> CreateAsync(ResolverContext context)
    {
        var input = MutationInput.From(context);
        var mailbox = GlobalId.ParseMailbox(context, input.Required("mailboxId"));
        var name = input.Required("name");
        Check(context, MutationInputRules.FolderName(name, Options(context)));
        var folder = await GatewayCalls.RunAsync(context, mailbox, (grain, actor) => grain.CreateFolderAsync(actor, name.Trim())).ConfigureAwait(false);
        return new FolderPayload(new FolderNode(mailbox, folder), input.ClientMutationId);
    }

    public static async Task<FolderPayload> RenameAsync(ResolverContext context)
    {
        var input = MutationInput.From(context);
        var (mailbox, folderId) = GlobalId.ParseFolder(context, input.Required("folderId"));
        var name = input.Required("name");
        Check(context, MutationInputRules.FolderName(name, Options(context)));
        var profile = await GatewayCalls.RunAsync(context, mailbox, async (grain, actor) =>
        {
            await grain.RenameFolderAsync(actor, folderId, name.Trim()).ConfigureAwait(false);
            return await grain.GetProfileAsync(actor).ConfigureAwait(false);
        }).ConfigureAwait(false);
        var folder = profile.Folders.FirstOrDefault(f => f.FolderId == folderId) ?? throw GatewayErrors.Inaccessible(context);
        return new FolderPayload(new FolderNode(mailbox, folder), input.ClientMutationId);
    }

    public static async Task<DeleteFolderPayload> DeleteAsync(ResolverContext context)
    {
        var input = MutationInput.From(context);
        var id = input.Required("folderId");
        var (mailbox, folderId) = GlobalId.ParseFolder(context, id);
        await GatewayCalls.RunAsync(context, mailbox, (grain, actor) => grain.DeleteFolderAsync(actor, folderId)).ConfigureAwait(false);
        return new DeleteFolderPayload(GlobalId.Folder(mailbox, folderId), new MailboxNode(mailbox), input.ClientMutationId);
    }

    internal static MutationOptions Options(ResolverContext context) =>
        context.Services.GetRequiredService<IOptions<MutationOptions>>().Value;

    internal static void Check(ResolverContext context, string? problem)
    {
        if (problem is not null)
        {
            throw GatewayErrors.Validation(context, problem);
        }
    }
}
