using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Mailboxes;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>The core fields of <c>Mailbox</c> (runtime value <see cref="MailboxNode"/>) and of <c>Folder</c> (<see cref="FolderNode"/>).</summary>
internal static class MailboxFields
{
    public static object? Id(ResolverContext context) => Node(context).Id;

    public static object? Kind(ResolverContext context) => Node(context).Mailbox.Kind;

    public static object? Address(ResolverContext context) => Node(context).Mailbox.Value;

    public static object? DisplayAddress(ResolverContext context) => Node(context).Mailbox.Masked;

    public static async ValueTask<object?> AccessAsync(ResolverContext context) =>
        await context.Services.GetRequiredService<MailboxAccessResolver>().RequireAsync(context, Node(context).Mailbox).ConfigureAwait(false);

    public static async ValueTask<object?> StatusAsync(ResolverContext context) => (await ProfileAsync(context).ConfigureAwait(false)).Status;

    public static async ValueTask<object?> UnreadCountAsync(ResolverContext context) =>
        ClampToInt((await ProfileAsync(context).ConfigureAwait(false)).UnreadCount);

    public static async ValueTask<object?> FoldersAsync(ResolverContext context)
    {
        var mailbox = Node(context).Mailbox;
        var profile = await ProfileAsync(context).ConfigureAwait(false);
        return profile.Folders.Select(folder => new FolderNode(mailbox, folder)).ToList();
    }

    /// <summary><c>folder(id:)</c>: a folder's global id, which must name a folder of this mailbox (else NOT_FOUND).</summary>
    public static async ValueTask<object?> FolderAsync(ResolverContext context)
    {
        var mailbox = Node(context).Mailbox;
        var (folderMailbox, folderId) = GlobalId.ParseFolder(context, context.Argument<string>("id"));
        if (folderMailbox != mailbox)
        {
            throw Localization.GatewayErrors.Inaccessible(context);
        }

        var profile = await ProfileAsync(context).ConfigureAwait(false);
        var folder = profile.Folders.FirstOrDefault(f => string.Equals(f.FolderId, folderId, StringComparison.Ordinal))
            ?? throw Localization.GatewayErrors.Inaccessible(context);
        return new FolderNode(mailbox, folder);
    }

    /// <summary>Owner only, like every owner-only field: FORBIDDEN for delegates and estate administrators, who can see the mailbox.</summary>
    public static async ValueTask<object?> CountersAsync(ResolverContext context)
    {
        var mailbox = Node(context).Mailbox;
        await context.Services.GetRequiredService<MailboxAccessResolver>().RequireAsync(context, mailbox, AccessLevel.Owner).ConfigureAwait(false);

        var counters = (await ProfileAsync(context).ConfigureAwait(false)).Counters;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["delivered"] = ClampToInt(counters.Delivered),
            ["printed"] = ClampToInt(counters.Printed),
            ["held"] = ClampToInt(counters.Held),
            ["refused"] = ClampToInt(counters.Refused),
        };
    }

    public static object? FolderId(ResolverContext context) => Folder(context).Id;

    public static object? FolderLocalId(ResolverContext context) => Folder(context).Folder.FolderId;

    public static object? FolderName(ResolverContext context) => Folder(context).Folder.Name;

    public static object? FolderSystem(ResolverContext context) => Folder(context).Folder.IsSystem;

    public static object? FolderMailbox(ResolverContext context) => new MailboxNode(Folder(context).Mailbox);

    /// <summary>GraphQL's Int is 32-bit; counts beyond it are shown as its maximum rather than failing the field.</summary>
    public static int ClampToInt(long value) => value > int.MaxValue ? int.MaxValue : value < 0 ? 0 : (int)value;

    private static Task<MailboxProfile> ProfileAsync(ResolverContext context) => MailboxProfiles.GetAsync(context, Node(context).Mailbox);

    private static MailboxNode Node(ResolverContext context) => (MailboxNode)context.Parent!;

    private static FolderNode Folder(ResolverContext context) => (FolderNode)context.Parent!;
}
