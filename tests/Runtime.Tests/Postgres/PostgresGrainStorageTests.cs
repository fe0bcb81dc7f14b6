using System.Text;
using DigitalPost.Runtime.Postgres;
using DigitalPost.Runtime.Storage;
using DigitalPost.Runtime.Storage.Postgres;
using DigitalPost.Testing.Postgres;

namespace DigitalPost.Runtime.Tests.Postgres;

public sealed class PostgresGrainStorageTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    private PostgresDatabase _database = null!;
    private PostgresGrainStorage _storage = null!;

    public async Task InitializeAsync()
    {
        _database = await fixture.StartPostgresDatabaseAsync();
        _storage = new PostgresGrainStorage(_database, TimeProvider.System);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Reading_a_state_never_written_returns_empty()
    {
        var stored = await _storage.ReadAsync(NewKey(), CancellationToken.None);

        Assert.False(stored.Exists);
        Assert.Null(stored.ETag);
    }

    [Fact]
    public async Task First_write_without_etag_inserts_and_read_returns_data_and_etag()
    {
        var key = NewKey();

        var etag = await _storage.WriteAsync(key, Bytes("v1"), null, CancellationToken.None);
        var stored = await _storage.ReadAsync(key, CancellationToken.None);

        Assert.Equal(etag, stored.ETag);
        Assert.Equal("v1", Text(stored));
    }

    [Fact]
    public async Task Write_with_the_current_etag_replaces_the_state_and_issues_a_new_etag()
    {
        var key = NewKey();
        var first = await _storage.WriteAsync(key, Bytes("v1"), null, CancellationToken.None);

        var second = await _storage.WriteAsync(key, Bytes("v2"), first, CancellationToken.None);
        var stored = await _storage.ReadAsync(key, CancellationToken.None);

        Assert.NotEqual(first, second);
        Assert.Equal(second, stored.ETag);
        Assert.Equal("v2", Text(stored));
    }

    [Fact]
    public async Task Stale_etag_write_is_refused_and_stored_state_is_unchanged()
    {
        var key = NewKey();
        var first = await _storage.WriteAsync(key, Bytes("v1"), null, CancellationToken.None);
        var second = await _storage.WriteAsync(key, Bytes("v2"), first, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteAsync(key, Bytes("stale"), first, CancellationToken.None).AsTask());
        var stored = await _storage.ReadAsync(key, CancellationToken.None);

        Assert.Equal(key, refused.Key);
        Assert.Equal(first, refused.ExpectedETag);
        Assert.Equal(second, refused.StoredETag);
        Assert.Equal(second, stored.ETag);
        Assert.Equal("v2", Text(stored));
    }

    [Fact]
    public async Task Write_without_etag_over_an_existing_state_is_refused_with_the_stored_etag()
    {
        var key = NewKey();
        var existing = await _storage.WriteAsync(key, Bytes("v1"), null, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteAsync(key, Bytes("other"), null, CancellationToken.None).AsTask());

        Assert.Null(refused.ExpectedETag);
        Assert.Equal(existing, refused.StoredETag);
        Assert.Equal("v1", Text(await _storage.ReadAsync(key, CancellationToken.None)));
    }

    [Fact]
    public async Task Write_with_an_etag_when_nothing_is_stored_is_refused_and_stores_nothing()
    {
        var key = NewKey();
        var other = await _storage.WriteAsync(NewKey(), Bytes("elsewhere"), null, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteAsync(key, Bytes("v1"), other, CancellationToken.None).AsTask());

        Assert.Null(refused.StoredETag);
        Assert.False((await _storage.ReadAsync(key, CancellationToken.None)).Exists);
    }

    [Fact]
    public async Task An_etag_this_provider_never_issued_is_refused()
    {
        var key = NewKey();
        var etag = await _storage.WriteAsync(key, Bytes("v1"), null, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteAsync(key, Bytes("v2"), "W/\"abc\"", CancellationToken.None).AsTask());

        Assert.Equal(etag, refused.StoredETag);
        Assert.Equal("v1", Text(await _storage.ReadAsync(key, CancellationToken.None)));
    }

    [Fact]
    public async Task Clear_with_the_current_etag_deletes_and_a_stale_clear_is_refused()
    {
        var key = NewKey();
        var first = await _storage.WriteAsync(key, Bytes("v1"), null, CancellationToken.None);
        var second = await _storage.WriteAsync(key, Bytes("v2"), first, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.ClearAsync(key, first, CancellationToken.None).AsTask());
        Assert.Equal(second, refused.StoredETag);
        Assert.Equal("v2", Text(await _storage.ReadAsync(key, CancellationToken.None)));

        await _storage.ClearAsync(key, second, CancellationToken.None);
        Assert.False((await _storage.ReadAsync(key, CancellationToken.None)).Exists);
    }

    [Fact]
    public async Task Clear_without_etag_succeeds_only_when_nothing_is_stored()
    {
        var key = NewKey();
        await _storage.ClearAsync(key, null, CancellationToken.None);
        var etag = await _storage.WriteAsync(key, Bytes("v1"), null, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.ClearAsync(key, null, CancellationToken.None).AsTask());

        Assert.Equal(etag, refused.StoredETag);
        Assert.True((await _storage.ReadAsync(key, CancellationToken.None)).Exists);
    }

    [Fact]
    public async Task An_etag_from_before_a_clear_never_matches_the_state_written_after_it()
    {
        var key = NewKey();
        var before = await _storage.WriteAsync(key, Bytes("v1"), null, CancellationToken.None);
        await _storage.ClearAsync(key, before, CancellationToken.None);
        var after = await _storage.WriteAsync(key, Bytes("v2"), null, CancellationToken.None);

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteAsync(key, Bytes("late"), before, CancellationToken.None).AsTask());

        Assert.NotEqual(before, after);
        Assert.Equal("v2", Text(await _storage.ReadAsync(key, CancellationToken.None)));
    }

    [Fact]
    public async Task Of_concurrent_writers_holding_the_same_etag_exactly_one_wins()
    {
        var key = NewKey();
        var etag = await _storage.WriteAsync(key, Bytes("v0"), null, CancellationToken.None);

        var attempts = Enumerable.Range(0, 16).Select(async i =>
        {
            try
            {
                await _storage.WriteAsync(key, Bytes("writer" + i), etag, CancellationToken.None);
                return "writer" + i;
            }
            catch (InconsistentStateException)
            {
                return null;
            }
        });
        var winners = (await Task.WhenAll(attempts)).Where(w => w is not null).ToList();

        var winner = Assert.Single(winners);
        Assert.Equal(winner, Text(await _storage.ReadAsync(key, CancellationToken.None)));
    }

    [Fact]
    public async Task States_of_one_grain_with_different_names_are_independent()
    {
        var key = NewKey();
        var other = key with { StateName = "other" };
        await _storage.WriteAsync(key, Bytes("a"), null, CancellationToken.None);
        await _storage.WriteAsync(other, Bytes("b"), null, CancellationToken.None);

        Assert.Equal("a", Text(await _storage.ReadAsync(key, CancellationToken.None)));
        Assert.Equal("b", Text(await _storage.ReadAsync(other, CancellationToken.None)));
    }

    [Fact]
    public async Task Empty_and_large_states_round_trip()
    {
        var empty = NewKey();
        var large = NewKey();
        var payload = new byte[1_000_000];
        new Random(42).NextBytes(payload);

        await _storage.WriteAsync(empty, ReadOnlyMemory<byte>.Empty, null, CancellationToken.None);
        await _storage.WriteAsync(large, payload, null, CancellationToken.None);

        var storedEmpty = await _storage.ReadAsync(empty, CancellationToken.None);
        Assert.True(storedEmpty.Exists);
        Assert.Equal(0, storedEmpty.Data.Length);
        Assert.True((await _storage.ReadAsync(large, CancellationToken.None)).Data.Span.SequenceEqual(payload));
    }

    private static GrainStateKey NewKey() => new("TestGrain", Guid.NewGuid().ToString("N"), "state");

    private static ReadOnlyMemory<byte> Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(StoredGrainState state) => Encoding.UTF8.GetString(state.Data.Span);
}
