using System.Text;
using DigitalPost.Runtime.Storage;

namespace DigitalPost.Runtime.Tests.Storage;

public sealed class InMemoryGrainStorageTests
{
    private static readonly GrainStateKey Key = new("type", "key", "state");

    [Fact]
    public async Task Stale_etag_write_is_refused_and_stored_state_is_unchanged()
    {
        var storage = new InMemoryGrainStorage();
        var first = await storage.WriteAsync(Key, "1"u8.ToArray(), null, CancellationToken.None);
        var second = await storage.WriteAsync(Key, "2"u8.ToArray(), first, CancellationToken.None);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(async () => await storage.WriteAsync(Key, "3"u8.ToArray(), first, CancellationToken.None));

        Assert.Equal(first, error.ExpectedETag);
        Assert.Equal(second, error.StoredETag);
        var stored = await storage.ReadAsync(Key, CancellationToken.None);
        Assert.Equal("2", Encoding.UTF8.GetString(stored.Data.Span));
        Assert.Equal(second, stored.ETag);
    }

    [Fact]
    public async Task Creating_a_record_that_already_exists_is_refused()
    {
        var storage = new InMemoryGrainStorage();
        await storage.WriteAsync(Key, "1"u8.ToArray(), null, CancellationToken.None);

        await Assert.ThrowsAsync<InconsistentStateException>(async () => await storage.WriteAsync(Key, "2"u8.ToArray(), null, CancellationToken.None));
    }

    [Fact]
    public async Task Clear_with_a_stale_etag_is_refused_and_with_the_current_one_removes_the_record()
    {
        var storage = new InMemoryGrainStorage();
        var first = await storage.WriteAsync(Key, "1"u8.ToArray(), null, CancellationToken.None);
        var second = await storage.WriteAsync(Key, "2"u8.ToArray(), first, CancellationToken.None);

        await Assert.ThrowsAsync<InconsistentStateException>(async () => await storage.ClearAsync(Key, first, CancellationToken.None));
        Assert.True((await storage.ReadAsync(Key, CancellationToken.None)).Exists);

        await storage.ClearAsync(Key, second, CancellationToken.None);
        Assert.False((await storage.ReadAsync(Key, CancellationToken.None)).Exists);
    }

    [Fact]
    public async Task The_caller_reusing_its_buffer_does_not_change_the_stored_record()
    {
        var storage = new InMemoryGrainStorage();
        var buffer = "abc"u8.ToArray();
        await storage.WriteAsync(Key, buffer, null, CancellationToken.None);
        buffer[0] = (byte)'z';

        Assert.Equal("abc", Encoding.UTF8.GetString((await storage.ReadAsync(Key, CancellationToken.None)).Data.Span));
    }
}
