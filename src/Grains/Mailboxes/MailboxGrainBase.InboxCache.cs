using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;

namespace DigitalPost.Grains.Mailboxes;

/// <summary>
/// The inbox cache: the last few message pages this activation listed (per query and platform family) and the unread
/// count, kept in memory so a client polling its inbox costs no PostgreSQL round trip. Authorisation still runs on every
/// call; only the rows are cached. Every change the grain makes publishes a mailbox event, and
/// <see cref="PublishAsync"/> invalidates first (as do <see cref="OpenMessageAsync"/>, which may change a read message
/// without an event, and the mass-send pipeline through <see cref="InboxCacheStamps"/>). A read that overlapped an
/// invalidation is returned but not kept (the stamp's version is compared before and after the query), so a cached
/// view is never older than the last change that finished before the read began.
/// </summary>
public abstract partial class MailboxGrainBase
{
    private readonly Dictionary<(MessageQuery Query, Platform? Platform), MessagePage> _cachedPages = [];
    private InboxCacheStamp? _inboxStamp;
    private long _cachedVersion = -1;
    private long? _cachedUnread;

    private bool InboxCacheOn => Services.Options.InboxCachePages > 0;

    private InboxCacheStamp InboxStamp => _inboxStamp ??= InboxCacheStamps.Of(Services).Register(Key);

    /// <summary>Drops every cached page and count of this mailbox (after a write, before its event goes out).</summary>
    protected void InvalidateInboxCache()
    {
        _inboxStamp?.Bump();
        _cachedPages.Clear();
        _cachedUnread = null;
    }

    /// <summary>Leaves the silo's stamp registry (called when the activation goes).</summary>
    private void ReleaseInboxCache()
    {
        if (_inboxStamp is { } stamp)
        {
            InboxCacheStamps.Of(Services).Unregister(Key, stamp);
            _inboxStamp = null;
        }

        _cachedPages.Clear();
        _cachedUnread = null;
    }

    /// <summary>Forgets what was cached under an older version of the stamp.</summary>
    private void SyncInboxCache(long version)
    {
        if (_cachedVersion != version)
        {
            _cachedPages.Clear();
            _cachedUnread = null;
            _cachedVersion = version;
        }
    }

    private async Task<MessagePage> ListCachedAsync(MessageQuery query, Platform? platform)
    {
        // Lookups by explicit uuids compare their list by reference, so they would never hit: not cached.
        if (!InboxCacheOn || query.MessageUuids is not null)
        {
            return await Services.Messages.ListAsync(Key, query, platform, Services.Options.MaxPageSize);
        }

        var stamp = InboxStamp;
        var version = stamp.Version;
        SyncInboxCache(version);
        if (_cachedPages.TryGetValue((query, platform), out var cached))
        {
            return cached;
        }

        var page = await Services.Messages.ListAsync(Key, query, platform, Services.Options.MaxPageSize);
        if (stamp.Version == version)
        {
            SyncInboxCache(version);
            if (_cachedPages.Count >= Services.Options.InboxCachePages)
            {
                _cachedPages.Remove(_cachedPages.Keys.First());
            }

            _cachedPages[(query, platform)] = page;
        }

        return page;
    }

    private async Task<long> CountUnreadCachedAsync()
    {
        if (!InboxCacheOn)
        {
            return await Services.Messages.CountUnreadAsync(Key);
        }

        var stamp = InboxStamp;
        var version = stamp.Version;
        SyncInboxCache(version);
        if (_cachedUnread is { } unread)
        {
            return unread;
        }

        var counted = await Services.Messages.CountUnreadAsync(Key);
        if (stamp.Version == version)
        {
            SyncInboxCache(version);
            _cachedUnread = counted;
        }

        return counted;
    }
}
