using System.Text;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.ResponseCache;

namespace DigitalPost.GraphQLGateway.Tests.ResponseCache;

/// <summary>The entry store: exact keys, least-recently-used eviction within the entry and byte bounds.</summary>
public sealed class ResponseCacheStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Keys_are_equal_only_when_every_identity_byte_is()
    {
        Assert.Equal(Key("a"), Key("a"));
        Assert.NotEqual(Key("a"), Key("b"));
        Assert.NotEqual(Key("ab"), Key("a"));
        Assert.Equal(Key("a").GetHashCode(), Key("a").GetHashCode());
    }

    [Fact]
    public void When_full_the_least_recently_used_entry_goes()
    {
        var store = new ResponseCacheStore();
        store.Set(Entry("a"), 2, long.MaxValue);
        store.Set(Entry("b"), 2, long.MaxValue);
        Assert.True(store.TryGet(Key("a"), out _));

        store.Set(Entry("c"), 2, long.MaxValue);

        Assert.Equal(2, store.Count);
        Assert.True(store.TryGet(Key("a"), out _));
        Assert.False(store.TryGet(Key("b"), out _));
        Assert.True(store.TryGet(Key("c"), out _));
        Assert.Equal(1, store.Evictions);
    }

    [Fact]
    public void The_byte_bound_evicts_too_and_an_entry_larger_than_it_is_not_kept()
    {
        var store = new ResponseCacheStore();
        var size = Entry("a").Size;
        store.Set(Entry("a"), 100, (size * 2) + 1);
        store.Set(Entry("b"), 100, (size * 2) + 1);
        store.Set(Entry("c"), 100, (size * 2) + 1);
        store.Set(Entry("huge", new byte[10_000]), 100, (size * 2) + 1);

        Assert.Equal(2, store.Count);
        Assert.True(store.Bytes <= (size * 2) + 1);
        Assert.False(store.TryGet(Key("huge"), out _));
    }

    [Fact]
    public void Replacing_an_entry_keeps_one_and_removing_an_outdated_one_leaves_the_newer()
    {
        var store = new ResponseCacheStore();
        var old = Entry("a");
        var newer = Entry("a") with { Version = new MailboxVersion(Guid.Empty, 2) };
        store.Set(old, 10, long.MaxValue);
        store.Set(newer, 10, long.MaxValue);

        store.Remove(old);

        Assert.True(store.TryGet(Key("a"), out var kept));
        Assert.Same(newer, kept);
        Assert.Equal(newer.Size, store.Bytes);
    }

    private static ResponseCacheKey Key(string request) => new(Encoding.UTF8.GetBytes(request), 0);

    private static ResponseCacheEntry Entry(string request, byte[]? body = null) =>
        new(Key(request), new MailboxVersion(Guid.Empty, 1), 200, [], body ?? [1, 2, 3], Now, "(anonymous)");
}
