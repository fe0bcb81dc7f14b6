using System.Collections.Concurrent;
using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Localization;
using DigitalPost.Runtime;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>
/// The viewer's access to mailboxes, asked of the grains once per request and cached in <c>ResolverContext.Items</c>
/// (a WebSocket subscription executes each event as its own request, so a revoked grant takes effect at the next event).
/// <list type="bullet">
/// <item>Citizens: <see cref="ICitizenMailboxGrain.ListOpenableMailboxesAsync"/> of their own mailbox (own, delegated,
/// company and estate, from the grains' grant index).</item>
/// <item>Company representatives: the same list, limited to the company of their token; the entry is there when the
/// registry made them one of the company's people.</item>
/// <item>Authorities: their own authority mailbox, as owner.</item>
/// <item>Municipality staff and the agency: no mailbox to open; their actions (exemptions, estate access) go to the
/// grains directly with <see cref="GatewayViewer.ActorFor"/>, which authorise them.</item>
/// </list>
/// The grains stay the authority on every action; this is what lets a resolver answer NOT_FOUND for a mailbox the
/// viewer cannot open before touching it. Registered as a singleton.
/// </summary>
public sealed class MailboxAccessResolver
{
    private const string ItemKey = "DigitalPost.Gateway.OpenableMailboxes";

    private readonly IGrainFactory _grains;

    public MailboxAccessResolver(IGrainFactory grains) => _grains = grains;

    /// <summary>The viewer's access to <paramref name="mailbox"/>.</summary>
    /// <exception cref="GraphQLException">NOT_FOUND (<see cref="GatewayErrors.Inaccessible"/>) when the viewer cannot open it: unknown and hidden look the same.</exception>
    public async ValueTask<AccessLevel> RequireAsync(ResolverContext context, MailboxId mailbox)
    {
        var entry = await FindAsync(context, mailbox).ConfigureAwait(false);
        return entry?.Level ?? throw GatewayErrors.Inaccessible(context);
    }

    /// <summary>
    /// The viewer's access to <paramref name="mailbox"/>, which must be at least <paramref name="minimum"/>: NOT_FOUND when
    /// the viewer cannot open the mailbox, FORBIDDEN when they can but with less access (a read delegate deleting).
    /// </summary>
    public async ValueTask<AccessLevel> RequireAsync(ResolverContext context, MailboxId mailbox, AccessLevel minimum)
    {
        var level = await RequireAsync(context, mailbox).ConfigureAwait(false);
        return level >= minimum ? level : throw GatewayErrors.Forbidden(context);
    }

    /// <summary>The viewer's entry for <paramref name="mailbox"/>, or null when they cannot open it.</summary>
    public async ValueTask<OpenableMailbox?> FindAsync(ResolverContext context, MailboxId mailbox)
    {
        ArgumentNullException.ThrowIfNull(context);
        var viewer = context.Viewer();
        if (viewer.Kind == ViewerKind.Citizen && mailbox == viewer.OwnMailbox)
        {
            // A citizen always owns their own mailbox (the grains' list starts with it unconditionally; the mailbox grain
            // still refuses what its status forbids), so the inbox, the most frequent request, needs no grant lookup.
            return OwnEntry(viewer);
        }

        var all = await ListAsync(context).ConfigureAwait(false);
        foreach (var entry in all)
        {
            if (entry.Mailbox == mailbox)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Every mailbox the viewer can open: their own first, then delegated, company and estate ones.</summary>
    public ValueTask<IReadOnlyList<OpenableMailbox>> ListAsync(ResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var viewer = context.Viewer();
        var items = context.Items;
        Lazy<Task<IReadOnlyList<OpenableMailbox>>> lazy;
        if (items is ConcurrentDictionary<string, object?> concurrent)
        {
            lazy = (Lazy<Task<IReadOnlyList<OpenableMailbox>>>)concurrent.GetOrAdd(ItemKey, _ => NewLoad(viewer))!;
        }
        else
        {
            lock (items)
            {
                if (!items.TryGetValue(ItemKey, out var existing) || existing is null)
                {
                    items[ItemKey] = existing = NewLoad(viewer);
                }

                lazy = (Lazy<Task<IReadOnlyList<OpenableMailbox>>>)existing;
            }
        }

        var task = lazy.Value;
        return task.IsCompletedSuccessfully ? ValueTask.FromResult(task.Result) : new ValueTask<IReadOnlyList<OpenableMailbox>>(task);
    }

    /// <summary>Asks the grains, without a request cache (what <see cref="ListAsync"/> caches).</summary>
    public async Task<IReadOnlyList<OpenableMailbox>> LoadAsync(GatewayViewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        switch (viewer.Kind)
        {
            case ViewerKind.Citizen:
                {
                    var cpr = viewer.PersonCpr!.Value;
                    return await _grains.CitizenMailbox(cpr).ListOpenableMailboxesAsync(viewer.ActorForSelf()).ConfigureAwait(false);
                }

            case ViewerKind.CompanyRepresentative:
                {
                    // A representative's token speaks for one company: of the person's openable mailboxes, only that one counts.
                    var cpr = viewer.PersonCpr!.Value;
                    var company = viewer.OwnMailbox!.Value;
                    var all = await _grains.CitizenMailbox(cpr).ListOpenableMailboxesAsync(viewer.ActorForSelf()).ConfigureAwait(false);
                    return all.Where(entry => entry.Mailbox == company).ToList();
                }

            case ViewerKind.Authority:
                return [new OpenableMailbox(viewer.OwnMailbox!.Value, null, AccessLevel.Owner, null)];

            default:
                return [];
        }
    }

    private static OpenableMailbox OwnEntry(GatewayViewer viewer) => new(viewer.OwnMailbox!.Value, null, AccessLevel.Owner, null);

    private Lazy<Task<IReadOnlyList<OpenableMailbox>>> NewLoad(GatewayViewer viewer) =>
        new(() => LoadAsync(viewer), LazyThreadSafetyMode.ExecutionAndPublication);
}
