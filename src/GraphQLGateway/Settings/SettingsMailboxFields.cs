using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.GraphQLGateway.Authorities;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>
/// The settings fields of <c>Mailbox</c>. Owner-only fields answer FORBIDDEN to someone who can open the mailbox without
/// owning it (a delegate, an estate administrator) and NOT_FOUND to everyone else, the same as an unknown mailbox.
/// </summary>
public static class SettingsMailboxFields
{
    public static async ValueTask<object?> NotificationSettingsAsync(ResolverContext context)
    {
        var mailbox = await RequireOwnerAsync(context).ConfigureAwait(false);
        return (await MailboxProfiles.GetAsync(context, mailbox).ConfigureAwait(false)).Notifications;
    }

    /// <summary>Null for business and authority mailboxes (NemSMS is for citizens).</summary>
    public static async ValueTask<object?> NemSmsAsync(ResolverContext context)
    {
        var mailbox = await RequireOwnerAsync(context).ConfigureAwait(false);
        return mailbox.Kind == MailboxKind.Citizen ? NemSmsStatus.Of((await MailboxProfiles.GetAsync(context, mailbox).ConfigureAwait(false)).NemSms) : null;
    }

    public static async ValueTask<object?> ExemptionAsync(ResolverContext context)
    {
        var mailbox = await RequireOwnerAsync(context).ConfigureAwait(false);
        return (await MailboxProfiles.GetAsync(context, mailbox).ConfigureAwait(false)).Exemption;
    }

    /// <summary>Delegations and estate grants in the mailbox's profile, newest first.</summary>
    public static async ValueTask<object?> GrantsGivenAsync(ResolverContext context)
    {
        var mailbox = await RequireOwnerAsync(context).ConfigureAwait(false);
        var profile = await MailboxProfiles.GetAsync(context, mailbox).ConfigureAwait(false);
        return profile.Grants.OrderByDescending(grant => grant.GrantedAt).Select(grant => new GrantView(mailbox, grant)).ToList();
    }

    public static async ValueTask<object?> ConsentsAsync(ResolverContext context)
    {
        var mailbox = await RequireOwnerAsync(context).ConfigureAwait(false);
        return (await MailboxProfiles.GetAsync(context, mailbox).ConfigureAwait(false)).Consents;
    }

    /// <summary>Whoever can read the mailbox sees where its post comes from (the grain's rule: read access).</summary>
    public static async ValueTask<object?> SenderRegistrationsAsync(ResolverContext context)
    {
        var mailbox = MailboxParent.IdOf(context);
        IReadOnlyList<SenderRegistration> registrations = await GatewayCalls
            .RunAsync(context, mailbox, (grain, actor) => grain.ListRegistrationsAsync(actor))
            .ConfigureAwait(false);
        return registrations;
    }

    /// <summary>A Relay connection over the grain's newest-first log (<c>ReadAccessLogAsync(limit, beforeEntryId)</c>).</summary>
    public static async ValueTask<object?> AccessLogAsync(ResolverContext context)
    {
        var mailbox = await RequireOwnerAsync(context).ConfigureAwait(false);
        var first = PageSize.Resolve(context, defaultSize: 50);
        long? before = null;
        var after = context.ArgumentOrDefault<string?>("after");
        if (after is not null)
        {
            before = AccessLogCursor.TryDecode(after, out var entryId) ? entryId : throw InputErrors.Invalid(context, "after", "not a cursor of this access log");
        }

        if (first == 0)
        {
            return AccessLogConnection.Page([], 0, before is not null);
        }

        IReadOnlyList<AccessLogEntry> fetched = await GatewayCalls
            .RunAsync(context, mailbox, (grain, actor) => grain.ReadAccessLogAsync(actor, first + 1, before))
            .ConfigureAwait(false);
        return AccessLogConnection.Page(fetched, first, before is not null);
    }

    /// <summary><c>Exemption.municipality</c>: the registering municipality from the directory (null when it is not listed).</summary>
    public static async ValueTask<object?> ExemptionMunicipalityAsync(ResolverContext context)
    {
        var record = (ExemptionRecord)context.Parent!;
        if (!AuthorityId.TryParse(record.Municipality, out var id))
        {
            return null;
        }

        var authority = await AuthorityLookup.GetAsync(context, id).ConfigureAwait(false);
        return authority is null ? null : AuthorityNode.From(authority);
    }

    /// <summary>
    /// <c>AccessLogEntry.message</c>: the message through the node registry, so the same visibility rules apply as
    /// everywhere (a purged message or private post of another platform is null without an error).
    /// </summary>
    public static async ValueTask<object?> AccessLogMessageAsync(ResolverContext context)
    {
        var entry = (AccessLogEntry)context.Parent!;
        if (entry.MessageUuid is not { } uuid || !MailboxId.TryParse(entry.Mailbox, out var mailbox))
        {
            return null;
        }

        var registry = context.Services.GetRequiredService<NodeRegistry>();
        try
        {
            return await registry.ResolveAsync(context, GlobalId.Message(mailbox, uuid)).ConfigureAwait(false);
        }
        catch (GraphQLException)
        {
            return null;
        }
    }

    /// <summary>The parent mailbox, which the viewer must own: FORBIDDEN when they can open it otherwise, NOT_FOUND when not at all.</summary>
    internal static async ValueTask<MailboxId> RequireOwnerAsync(ResolverContext context)
    {
        var mailbox = MailboxParent.IdOf(context);
        await context.Services.GetRequiredService<MailboxAccessResolver>().RequireAsync(context, mailbox, AccessLevel.Owner).ConfigureAwait(false);
        return mailbox;
    }

    internal static IGrainFactory Grains(ResolverContext context) => context.Services.GetRequiredService<IGrainFactory>();
}
