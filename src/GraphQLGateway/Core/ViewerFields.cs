using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Authorities;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>Fields of <c>Viewer</c> (runtime value: <see cref="GatewayViewer"/>), <c>OpenableMailbox</c> and <c>ReceivedGrant</c>.</summary>
internal static class ViewerFields
{
    public static object? Kind(ResolverContext context) => Parent(context).Kind;

    public static object? Platform(ResolverContext context) => Parent(context).Platform.Domain;

    public static object? DisplayId(ResolverContext context) => Parent(context).DisplayId;

    public static object? Mailbox(ResolverContext context) =>
        Parent(context).OwnMailbox is { } own ? new MailboxNode(own) : null;

    public static async ValueTask<object?> OpenableMailboxesAsync(ResolverContext context) =>
        await context.Services.GetRequiredService<MailboxAccessResolver>().ListAsync(context).ConfigureAwait(false);

    /// <summary>The delegated and estate entries of the openable mailboxes (company access comes from the registry, not from a grant).</summary>
    public static async ValueTask<object?> GrantsReceivedAsync(ResolverContext context)
    {
        var openable = await context.Services.GetRequiredService<MailboxAccessResolver>().ListAsync(context).ConfigureAwait(false);
        return openable
            .Where(entry => entry.Kind is GrantKind.Delegate or GrantKind.Estate)
            .Select(entry => new ReceivedGrantView(entry))
            .ToList();
    }

    /// <summary>An authority's own directory entry; staff's municipality; null for people (and when the directory does not know it).</summary>
    public static async ValueTask<object?> AuthorityAsync(ResolverContext context)
    {
        var viewer = Parent(context);
        var directory = context.Services.GetService<IAuthorityDirectory>();
        if (directory is null)
        {
            return null;
        }

        var entry = viewer.Subject switch
        {
            AuthoritySubject authority => await directory.GetAsync(authority.Authority, context.CancellationToken).ConfigureAwait(false),
            MunicipalStaffSubject staff => await directory.GetMunicipalityAsync(staff.MunicipalityCode, context.CancellationToken).ConfigureAwait(false),
            _ => null,
        };
        return entry is null ? null : AuthorityNode.From(entry);
    }

    public static object? OpenableMailbox(ResolverContext context) => new MailboxNode(Openable(context).Mailbox);

    public static object? OpenableAccess(ResolverContext context) => Openable(context).Level;

    public static object? OpenableGrantKind(ResolverContext context) => Openable(context).Kind;

    public static object? OpenableOwn(ResolverContext context) => Openable(context).Mailbox == context.Viewer().OwnMailbox;

    public static object? OpenableExpiresAt(ResolverContext context) => Openable(context).ExpiresAt;

    public static object? ReceivedMailbox(ResolverContext context) => new MailboxNode(Received(context).Mailbox);

    public static object? ReceivedLevel(ResolverContext context) => Received(context).Level;

    public static object? ReceivedKind(ResolverContext context) => Received(context).Kind!.Value;

    public static object? ReceivedExpiresAt(ResolverContext context) => Received(context).ExpiresAt;

    /// <summary>Whether the viewer opted in to notifications for that mailbox (setDelegateNotifications).</summary>
    public static object? ReceivedNotify(ResolverContext context) => Received(context).Notify;

    /// <summary>The grant's global id, which the delegate passes to revokeAccess to give the access up.</summary>
    public static object? ReceivedGrantId(ResolverContext context) =>
        Received(context) is { GrantId: { } grantId } entry ? GlobalId.Grant(entry.Mailbox, grantId) : null;

    private static GatewayViewer Parent(ResolverContext context) => (GatewayViewer)context.Parent!;

    private static OpenableMailbox Openable(ResolverContext context) => (OpenableMailbox)context.Parent!;

    private static OpenableMailbox Received(ResolverContext context) => ((ReceivedGrantView)context.Parent!).Entry;
}
