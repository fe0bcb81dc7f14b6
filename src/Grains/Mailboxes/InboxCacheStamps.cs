using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace DigitalPost.Grains.Mailboxes;

/// <summary>
/// The stamps of this silo's mailbox grains that hold an inbox cache, so a writer that bypasses the grain (the
/// mass-send pipeline's bulk insert) can invalidate them after it committed. One registry per silo, hung off the silo's
/// <see cref="MailboxServices"/>, so two silos in one process (tests) never share one. Only grains that cached
/// something are registered, and they leave when they deactivate, so the registry is as large as the set of active
/// mailboxes with a cache, not the set of recipients. Invalidating a mailbox without an entry costs one lookup.
/// </summary>
public sealed class InboxCacheStamps
{
    private static readonly ConditionalWeakTable<MailboxServices, InboxCacheStamps> PerSilo = new();
    private readonly ConcurrentDictionary<string, InboxCacheStamp> _stamps = new(StringComparer.Ordinal);

    /// <summary>The registry of the silo that owns <paramref name="services"/>.</summary>
    public static InboxCacheStamps Of(MailboxServices services) => PerSilo.GetValue(services, static _ => new InboxCacheStamps());

    public int Count => _stamps.Count;

    /// <summary>The stamp an activation of <paramref name="mailboxId"/> uses (one activation per mailbox in a silo).</summary>
    public InboxCacheStamp Register(string mailboxId) => _stamps.GetOrAdd(mailboxId, static _ => new InboxCacheStamp());

    /// <summary>Removes the stamp when the activation that registered it goes.</summary>
    public void Unregister(string mailboxId, InboxCacheStamp stamp) => _stamps.TryRemove(new KeyValuePair<string, InboxCacheStamp>(mailboxId, stamp));

    /// <summary>Called after a commit that changed <paramref name="mailboxId"/>'s messages behind its grain's back.</summary>
    public void Invalidate(string mailboxId)
    {
        if (_stamps.TryGetValue(mailboxId, out var stamp))
        {
            stamp.Bump();
        }
    }
}
