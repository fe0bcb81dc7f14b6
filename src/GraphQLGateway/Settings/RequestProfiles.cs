using System.Collections.Concurrent;
using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>
/// A mailbox's profile as the viewer may see it, loaded once per request: the settings fields of one mailbox
/// (notification settings, NemSMS, grants, consents, exemption) are resolved in parallel and share one grain call.
/// Grain refusals are translated (<see cref="GatewayCalls"/>); callers check the viewer's access first.
/// </summary>
public static class RequestProfiles
{
    private const string ItemPrefix = "DigitalPost.Gateway.Settings.Profile:";

    public static Task<MailboxProfile> GetAsync(ResolverContext context, MailboxId mailbox)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = ItemPrefix + mailbox.Value;
        var items = context.Items;
        Lazy<Task<MailboxProfile>> lazy;
        if (items is ConcurrentDictionary<string, object?> concurrent)
        {
            lazy = (Lazy<Task<MailboxProfile>>)concurrent.GetOrAdd(key, _ => NewLoad(context, mailbox))!;
        }
        else
        {
            lock (items)
            {
                if (!items.TryGetValue(key, out var existing) || existing is null)
                {
                    items[key] = existing = NewLoad(context, mailbox);
                }

                lazy = (Lazy<Task<MailboxProfile>>)existing;
            }
        }

        return lazy.Value;
    }

    /// <summary>Forgets the cached profile after a mutation changed it, so the payload shows the new state.</summary>
    public static void Forget(ResolverContext context, MailboxId mailbox)
    {
        ArgumentNullException.ThrowIfNull(context);
        var items = context.Items;
        lock (items)
        {
            items.Remove(ItemPrefix + mailbox.Value);
        }
    }

    private static Lazy<Task<MailboxProfile>> NewLoad(ResolverContext context, MailboxId mailbox)
    {
        var grains = context.Services.GetRequiredService<IGrainFactory>();
        var actor = context.Viewer().ActorFor(mailbox);
        return new Lazy<Task<MailboxProfile>>(
            () => GatewayCalls.RunAsync(context, () => grains.Mailbox(mailbox).GetProfileAsync(actor)),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }
}
