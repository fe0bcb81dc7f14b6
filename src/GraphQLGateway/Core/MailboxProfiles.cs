using System.Collections.Concurrent;
using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>
/// A mailbox's profile as the viewer may see it (<see cref="IMailboxGrain.GetProfileAsync"/>), fetched once per request and
/// mailbox: status, unread count, folders and counters of one <c>Mailbox</c> share one grain call.
/// </summary>
public static class MailboxProfiles
{
    private const string ItemPrefix = "DigitalPost.Gateway.Profile:";

    /// <summary>The profile; NOT_FOUND when the viewer cannot open the mailbox.</summary>
    public static Task<MailboxProfile> GetAsync(ResolverContext context, MailboxId mailbox)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = ItemPrefix + mailbox.Value;
        var items = context.Items;
        Lazy<Task<MailboxProfile>> lazy;
        if (items is ConcurrentDictionary<string, object?> concurrent)
        {
            lazy = (Lazy<Task<MailboxProfile>>)concurrent.GetOrAdd(key, _ => Load(context, mailbox))!;
        }
        else
        {
            lock (items)
            {
                if (!items.TryGetValue(key, out var existing) || existing is null)
                {
                    items[key] = existing = Load(context, mailbox);
                }

                lazy = (Lazy<Task<MailboxProfile>>)existing;
            }
        }

        return lazy.Value;
    }

    private static Lazy<Task<MailboxProfile>> Load(ResolverContext context, MailboxId mailbox) =>
        new(() => GatewayCalls.RunAsync(context, mailbox, (grain, actor) => grain.GetProfileAsync(actor)), LazyThreadSafetyMode.ExecutionAndPublication);
}
