using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>The node resolvers of the core types: <c>Mailbox</c> and <c>Folder</c>.</summary>
internal static class CoreNodes
{
    public static NodeRegistration Mailbox { get; } = new(GlobalId.MailboxType, ResolveMailboxAsync);

    public static NodeRegistration Folder { get; } = new(GlobalId.FolderType, ResolveFolderAsync);

    private static async ValueTask<object?> ResolveMailboxAsync(ResolverContext context, string key)
    {
        if (!MailboxId.TryParse(key, out var mailbox))
        {
            return null;
        }

        await context.Services.GetRequiredService<MailboxAccessResolver>().RequireAsync(context, mailbox).ConfigureAwait(false);
        return new MailboxNode(mailbox);
    }

    private static async ValueTask<object?> ResolveFolderAsync(ResolverContext context, string key)
    {
        if (!GlobalId.TrySplitChildKey(key, out var mailbox, out var folderId))
        {
            return null;
        }

        var profile = await MailboxProfiles.GetAsync(context, mailbox).ConfigureAwait(false);
        var folder = profile.Folders.FirstOrDefault(f => string.Equals(f.FolderId, folderId, StringComparison.Ordinal));
        return folder is null ? null : new FolderNode(mailbox, folder);
    }
}
