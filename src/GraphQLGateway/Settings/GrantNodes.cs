using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Core;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>
/// <c>node(id:)</c> for <c>Grant</c>: only the mailbox's owner sees its grants; for anyone else (a delegate too) a grant id
/// is as unknown as an id that never existed.
/// </summary>
public static class GrantNodes
{
    /// <summary>The registration this part adds to the container.</summary>
    public static NodeRegistration Registration { get; } = new(GlobalId.GrantType, ResolveAsync);

    /// <summary>Resolves a grant key (<c>&lt;mailbox&gt;/&lt;grant id&gt;</c>); null when hidden or unknown.</summary>
    public static async ValueTask<object?> ResolveAsync(ResolverContext context, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!GlobalId.TrySplitChildKey(key, out var mailbox, out var rest) || !GlobalId.TryParseGuid(rest, out var grantId))
        {
            return null;
        }

        var entry = await context.Services.GetRequiredService<MailboxAccessResolver>().FindAsync(context, mailbox).ConfigureAwait(false);
        if (entry is null || entry.Level != AccessLevel.Owner)
        {
            return null;
        }

        var profile = await MailboxProfiles.GetAsync(context, mailbox).ConfigureAwait(false);
        var grant = profile.Grants.FirstOrDefault(candidate => candidate.GrantId == grantId);
        return grant is null ? null : new GrantView(mailbox, grant);
    }
}
